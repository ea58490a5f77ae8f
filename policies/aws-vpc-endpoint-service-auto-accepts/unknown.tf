variable "allowed_principals" {
  type = list(string)
}

# The principals are not known: the outcome is unknown.
resource "aws_vpc_endpoint_service" "deferred" {
  acceptance_required        = false # expect: aws-vpc-endpoint-service-auto-accepts unknown
  allowed_principals         = var.allowed_principals
  network_load_balancer_arns = ["arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/net/api/0123456789abcdef"]
}
