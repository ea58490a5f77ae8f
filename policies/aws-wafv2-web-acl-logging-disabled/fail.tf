resource "aws_wafv2_web_acl" "app" { # expect: aws-wafv2-web-acl-logging-disabled "`aws_wafv2_web_acl.app`"
  name  = "app"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "app"
    sampled_requests_enabled   = true
  }
}
