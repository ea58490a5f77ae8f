resource "aws_ami" "app" {
  name                = "app-2026-12"
  virtualization_type = "hvm"
  root_device_name    = "/dev/xvda"

  ebs_block_device {
    device_name = "/dev/xvda"
    snapshot_id = "snap-0123456789abcdef0"
    volume_size = 8
  }

  ebs_block_device { # expect: aws-ami-ebs-unencrypted "/dev/xvdb"
    device_name = "/dev/xvdb"
    volume_size = 100
  }

  ebs_block_device {
    device_name = "/dev/xvdc"
    volume_size = 50
    encrypted   = false # expect: aws-ami-ebs-unencrypted "/dev/xvdc"
  }
}

resource "aws_ami_copy" "dr" { # expect: aws-ami-ebs-unencrypted
  name              = "app-2026-12-dr"
  source_ami_id     = "ami-0123456789abcdef0"
  source_ami_region = "eu-west-1"
}

resource "aws_ami_copy" "explicit" {
  name              = "app-2026-12-explicit"
  source_ami_id     = "ami-0123456789abcdef0"
  source_ami_region = "eu-west-1"
  encrypted         = false # expect: aws-ami-ebs-unencrypted
}
