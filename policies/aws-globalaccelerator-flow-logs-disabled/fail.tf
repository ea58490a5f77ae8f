resource "aws_globalaccelerator_accelerator" "edge" { # expect: aws-globalaccelerator-flow-logs-disabled "`aws_globalaccelerator_accelerator.edge`"
  name            = "edge"
  ip_address_type = "IPV4"
  enabled         = true
}

resource "aws_globalaccelerator_accelerator" "api" {
  name    = "api"
  enabled = true
  attributes { # expect: aws-globalaccelerator-flow-logs-disabled "`aws_globalaccelerator_accelerator.api`"
    flow_logs_enabled = false
  }
}
