resource "aws_ebs_volume" "data" { # expect: aws-ebs-volume-unencrypted
  availability_zone = "eu-west-1a"
  size              = 40
}

resource "aws_ebs_volume" "off" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = false # expect: aws-ebs-volume-unencrypted
}

resource "aws_ebs_encryption_by_default" "off" {
  enabled = false # expect: aws-ebs-volume-unencrypted
}
