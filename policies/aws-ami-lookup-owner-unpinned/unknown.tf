variable "ami_owners" {
  type = list(string)
}

data "aws_ami" "from_input" {
  most_recent = true
  owners      = var.ami_owners # expect: aws-ami-lookup-owner-unpinned unknown

  filter {
    name   = "name"
    values = ["golden-app-*"]
  }
}
