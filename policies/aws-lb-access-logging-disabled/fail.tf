resource "aws_lb" "no_logs" { # expect: aws-lb-access-logging-disabled
  name    = "no-logs"
  subnets = [aws_subnet.a.id, aws_subnet.b.id]
}

# A bucket alone does not turn logging on.
resource "aws_lb" "bucket_only" {
  name               = "bucket-only"
  load_balancer_type = "application"
  access_logs { # expect: aws-lb-access-logging-disabled "`aws_lb.bucket_only`"
    bucket = aws_s3_bucket.lb_logs.id
  }
}

resource "aws_alb" "off" {
  name = "off"
  access_logs { # expect: aws-lb-access-logging-disabled
    bucket  = aws_s3_bucket.lb_logs.id
    enabled = false
  }
}

resource "aws_elb" "classic" { # expect: aws-lb-access-logging-disabled "classic load balancer"
  name    = "classic"
  subnets = [aws_subnet.a.id]
  listener {
    instance_port     = 8000
    instance_protocol = "http"
    lb_port           = 443
    lb_protocol       = "https"
  }
}

resource "aws_elb" "classic_off" {
  name = "classic-off"
  access_logs { # expect: aws-lb-access-logging-disabled "classic load balancer"
    bucket  = aws_s3_bucket.lb_logs.id
    enabled = false
  }
  listener {
    instance_port     = 8000
    instance_protocol = "http"
    lb_port           = 443
    lb_protocol       = "https"
  }
}

variable "logging" {
  type = bool
}

resource "aws_lb" "chosen_by_caller" {
  name = "chosen"
  access_logs {
    bucket  = aws_s3_bucket.lb_logs.id
    enabled = var.logging # expect: aws-lb-access-logging-disabled unknown
  }
}
