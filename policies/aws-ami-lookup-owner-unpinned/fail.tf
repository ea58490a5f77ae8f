data "aws_ami" "ubuntu" { # expect: aws-ami-lookup-owner-unpinned "`data.aws_ami.ubuntu`"
  most_recent = true

  filter {
    name   = "name"
    values = ["ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-*"]
  }
}

variable "ami_owners" {
  type    = list(string)
  default = []
}

data "aws_ami" "from_variable" {
  most_recent = true
  owners      = var.ami_owners # expect: aws-ami-lookup-owner-unpinned

  filter {
    name   = "name"
    values = ["golden-app-*"]
  }
}

# An exact name does not help: names are unique only within one account.
data "aws_ami" "exact_name" { # expect: aws-ami-lookup-owner-unpinned
  most_recent = true
  name_regex  = "^golden-app-2026-11-30$"
}
