resource "aws_sns_topic" "alerts" { # expect: aws-sns-topic-unencrypted
  name = "alerts"
}

variable "topic_key" {
  type    = string
  default = null
}

resource "aws_sns_topic" "optional_key" {
  name              = "events"
  kms_master_key_id = var.topic_key # expect: aws-sns-topic-unencrypted "`aws_sns_topic.optional_key`"
}
