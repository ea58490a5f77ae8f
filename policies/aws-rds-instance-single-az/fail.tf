resource "aws_db_instance" "default" { # expect: aws-rds-instance-single-az
  engine         = "postgres"
  instance_class = "db.t3.micro"
}

resource "aws_db_instance" "explicit" {
  engine   = "mysql"
  multi_az = false # expect: aws-rds-instance-single-az "`aws_db_instance.explicit`"
}

variable "multi_az" {
  type    = bool
  default = false
}

resource "aws_db_instance" "from_variable" {
  engine   = "mysql"
  multi_az = var.multi_az # expect: aws-rds-instance-single-az
}

variable "ha" {
  type = bool
}

resource "aws_db_instance" "chosen_by_caller" {
  engine   = "mysql"
  multi_az = var.ha # expect: aws-rds-instance-single-az unknown
}
