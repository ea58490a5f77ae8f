resource "aws_ebs_encryption_by_default" "this" {
  enabled = true
}

resource "aws_ami_copy" "dr" {
  name              = "app-2026-12-dr"
  source_ami_id     = "ami-0123456789abcdef0"
  source_ami_region = "eu-west-1"
}

resource "aws_ami" "app" {
  name             = "app-2026-12"
  root_device_name = "/dev/xvda"

  ebs_block_device {
    device_name = "/dev/xvdb"
    volume_size = 100
  }
}
