resource "aws_route53_zone" "public" { # expect: aws-route53-zone-query-logging-disabled
  name = "example.com"
}
