resource "aws_efs_file_system" "shared" { # expect: tf-efs-file-system-unencrypted
  creation_token = "shared"
}
