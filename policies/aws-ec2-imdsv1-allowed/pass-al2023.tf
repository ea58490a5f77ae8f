# Amazon Linux 2023 images are registered with IMDS support v2.0: instances
# launched from them require session tokens when nothing else is said.

data "aws_ssm_parameter" "al2023" {
  name = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64"
}

resource "aws_instance" "bastion" {
  ami           = data.aws_ssm_parameter.al2023.value
  instance_type = "t4g.small"
}

# A hop limit for containers leaves the tokens to the image's default.
resource "aws_instance" "runner" {
  ami           = data.aws_ssm_parameter.al2023.value
  instance_type = "t4g.medium"
  metadata_options {
    http_put_response_hop_limit = 2
  }
}

data "aws_ami" "al2023_filter" {
  most_recent = true
  owners      = ["amazon"]
  filter {
    name   = "name"
    values = ["al2023-ami-2023.*-kernel-6.1-x86_64"]
  }
  filter {
    name   = "architecture"
    values = ["x86_64"]
  }
}

resource "aws_launch_template" "workers" {
  name_prefix   = "workers-"
  image_id      = data.aws_ami.al2023_filter.id
  instance_type = "m7i.large"
}

data "aws_ami" "al2023_regex" {
  most_recent = true
  owners      = ["137112412989"]
  name_regex  = "^al2023-ami-minimal-2023.*-arm64"
}

resource "aws_launch_configuration" "legacy" {
  image_id      = data.aws_ami.al2023_regex.id
  instance_type = "t4g.micro"
}

resource "aws_launch_template" "resolved" {
  name_prefix = "resolved-"
  image_id    = "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"
}
