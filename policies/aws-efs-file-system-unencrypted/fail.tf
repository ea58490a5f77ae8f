resource "aws_efs_file_system" "shared" { # expect: aws-efs-file-system-unencrypted
  creation_token = "shared"
}
