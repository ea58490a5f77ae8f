resource "aws_vpc_endpoint_service" "open" {
  acceptance_required        = false # expect: aws-vpc-endpoint-service-auto-accepts "`aws_vpc_endpoint_service.open`"
  allowed_principals         = ["*"]
  network_load_balancer_arns = ["arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/net/api/0123456789abcdef"]
}

resource "aws_vpc_endpoint_service" "separate" {
  acceptance_required        = false # expect: aws-vpc-endpoint-service-auto-accepts "`aws_vpc_endpoint_service.separate`"
  network_load_balancer_arns = ["arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/net/api/0123456789abcdef"]
}

resource "aws_vpc_endpoint_service_allowed_principal" "everyone" {
  vpc_endpoint_service_id = aws_vpc_endpoint_service.separate.id
  principal_arn           = "arn:aws:iam::*:root"
}
