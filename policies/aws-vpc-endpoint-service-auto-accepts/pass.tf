variable "consumer_accounts" {
  type    = list(string)
  default = ["111122223333", "444455556666"]
}

resource "aws_vpc_endpoint_service" "reviewed" {
  acceptance_required        = true
  allowed_principals         = ["*"]
  network_load_balancer_arns = ["arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/net/api/0123456789abcdef"]
}

# Acceptance is off, but only the named accounts may connect.
resource "aws_vpc_endpoint_service" "partners" {
  acceptance_required        = false
  allowed_principals         = [for a in var.consumer_accounts : "arn:aws:iam::${a}:root"]
  network_load_balancer_arns = ["arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/net/api/0123456789abcdef"]
}

resource "aws_vpc_endpoint_service" "one_partner" {
  acceptance_required        = false
  network_load_balancer_arns = ["arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/net/api/0123456789abcdef"]
}

resource "aws_vpc_endpoint_service_allowed_principal" "partner" {
  vpc_endpoint_service_id = aws_vpc_endpoint_service.one_partner.id
  principal_arn           = "arn:aws:iam::111122223333:root"
}
