resource "aws_subnet" "public" {
  vpc_id                  = aws_vpc.main.id
  cidr_block              = "10.0.1.0/24"
  map_public_ip_on_launch = true # expect: aws-subnet-assigns-public-ip
}

variable "public_ips" {
  type    = bool
  default = true
}

# The value comes from the variable's default.
resource "aws_subnet" "from_variable" {
  vpc_id                  = aws_vpc.main.id
  cidr_block              = "10.0.2.0/24"
  map_public_ip_on_launch = var.public_ips # expect: aws-subnet-assigns-public-ip
}

resource "aws_default_subnet" "a" {
  availability_zone       = "eu-west-1a"
  map_public_ip_on_launch = true # expect: aws-subnet-assigns-public-ip "default subnet"
}

variable "chosen_by_caller" {
  type = bool
}

resource "aws_subnet" "unknown" {
  vpc_id                  = aws_vpc.main.id
  cidr_block              = "10.0.3.0/24"
  map_public_ip_on_launch = var.chosen_by_caller # expect: aws-subnet-assigns-public-ip unknown
}

# A default subnet maps public addresses unless told otherwise.
resource "aws_default_subnet" "b" { # expect: aws-subnet-assigns-public-ip "default subnet"
  availability_zone = "eu-west-1b"
}
