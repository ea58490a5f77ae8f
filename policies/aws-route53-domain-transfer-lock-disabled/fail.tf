resource "aws_route53domains_registered_domain" "main" {
  domain_name   = "example.com"
  transfer_lock = false # expect: aws-route53-domain-transfer-lock-disabled "`example.com`"
}

resource "aws_route53domains_domain" "shop" {
  domain_name       = "example.shop"
  duration_in_years = 1
  transfer_lock     = false # expect: aws-route53-domain-transfer-lock-disabled "`aws_route53domains_domain.shop`"
}
