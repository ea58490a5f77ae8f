# SSE-SQS is on by default for new queues.
resource "aws_sqs_queue" "default" {
  name = "default"
}

resource "aws_sqs_queue" "explicit" {
  name                    = "explicit"
  sqs_managed_sse_enabled = true
}

resource "aws_sqs_queue" "kms" {
  name                              = "kms"
  kms_master_key_id                 = "alias/aws/sqs"
  kms_data_key_reuse_period_seconds = 300
}

resource "aws_sqs_queue" "cmk" {
  name                    = "cmk"
  kms_master_key_id       = aws_kms_key.queues.id
  sqs_managed_sse_enabled = false
}
