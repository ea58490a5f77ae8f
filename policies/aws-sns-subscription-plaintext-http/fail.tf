resource "aws_sns_topic" "alerts" {
  name = "alerts"
}

resource "aws_sns_topic_subscription" "pager" {
  topic_arn = aws_sns_topic.alerts.arn
  protocol  = "http" # expect: aws-sns-subscription-plaintext-http "`aws_sns_topic_subscription.pager`"
  endpoint  = "http://pager.example.com/hooks/sns"
}
