# Images that do not bring IMDSv2 by default, and an AL2023 image whose
# metadata options turn tokens back to optional.

data "aws_ssm_parameter" "al2" {
  name = "/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2"
}

resource "aws_instance" "al2" { # expect: aws-ec2-imdsv1-allowed "instance `aws_instance.al2` allows IMDSv1"
  ami           = data.aws_ssm_parameter.al2.value
  instance_type = "t3.micro"
}

data "aws_ssm_parameter" "al2023" {
  name = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"
}

resource "aws_instance" "optional" {
  ami           = data.aws_ssm_parameter.al2023.value
  instance_type = "t3.micro"
  metadata_options { # expect: aws-ec2-imdsv1-allowed "instance `aws_instance.optional` allows IMDSv1"
    http_tokens = "optional"
  }
}

# Someone else's image with an Amazon-like name.
data "aws_ami" "lookalike" {
  most_recent = true
  owners      = ["self"]
  filter {
    name   = "name"
    values = ["al2023-ami-*"]
  }
}

resource "aws_launch_template" "lookalike" { # expect: aws-ec2-imdsv1-allowed "launch template `aws_launch_template.lookalike` allows IMDSv1"
  name_prefix = "lookalike-"
  image_id    = data.aws_ami.lookalike.id
}

# The ECS-optimized images are not covered.
data "aws_ami" "ecs" {
  most_recent = true
  owners      = ["amazon"]
  name_regex  = "^al2023-ami-ecs-hvm-.*-x86_64"
}

resource "aws_launch_configuration" "ecs" { # expect: aws-ec2-imdsv1-allowed "launch configuration `aws_launch_configuration.ecs` allows IMDSv1"
  image_id      = data.aws_ami.ecs.id
  instance_type = "t3.micro"
}

# An image from a variable: nothing says which.
variable "ami_id" {
  type = string
}

resource "aws_instance" "variable" { # expect: aws-ec2-imdsv1-allowed "instance `aws_instance.variable` allows IMDSv1"
  ami           = var.ami_id
  instance_type = "t3.micro"
}

# Another literal image.
resource "aws_launch_template" "literal" { # expect: aws-ec2-imdsv1-allowed "launch template `aws_launch_template.literal` allows IMDSv1"
  name_prefix = "literal-"
  image_id    = "ami-0abcdef1234567890"
}
