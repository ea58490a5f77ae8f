resource "aws_route53domains_registered_domain" "main" {
  domain_name   = "example.com"
  transfer_lock = true
  auto_renew    = true
}

resource "aws_route53domains_registered_domain" "docs" {
  domain_name = "example.dev"
}

resource "aws_route53domains_delegation_signer_record" "main" {
  domain_name = "example.com"
  signing_attributes {
    algorithm  = 13
    flags      = 257
    public_key = "abc"
  }
}
