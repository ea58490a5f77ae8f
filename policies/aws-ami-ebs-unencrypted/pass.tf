resource "aws_ami" "app" {
  name                = "app-2026-12"
  virtualization_type = "hvm"
  root_device_name    = "/dev/xvda"

  ebs_block_device {
    device_name = "/dev/xvda"
    snapshot_id = "snap-0123456789abcdef0"
    volume_size = 8
  }

  ebs_block_device {
    device_name = "/dev/xvdb"
    volume_size = 100
    encrypted   = true
  }
}

resource "aws_ami_copy" "dr" {
  name              = "app-2026-12-dr"
  source_ami_id     = "ami-0123456789abcdef0"
  source_ami_region = "eu-west-1"
  encrypted         = true
  kms_key_id        = "arn:aws:kms:eu-central-1:123456789012:key/0123abcd-0123-0123-0123-0123456789ab"
}
