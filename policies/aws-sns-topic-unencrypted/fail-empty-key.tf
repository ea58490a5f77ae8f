# An empty key leaves server-side encryption off: a module that passes
# `kms_master_key_id = var.kms_key_id` with the default `""` (the
# notify-slack module called without a key) encrypts nothing.
variable "kms_key_id" {
  default = ""
}

resource "aws_sns_topic" "alerts" {
  name              = "alerts"
  kms_master_key_id = var.kms_key_id # expect: aws-sns-topic-unencrypted fail
}

resource "aws_sns_topic" "literal" {
  name              = "literal"
  kms_master_key_id = "" # expect: aws-sns-topic-unencrypted fail
}
