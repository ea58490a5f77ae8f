resource "aws_sqs_queue" "orders" {
  name                    = "orders"
  sqs_managed_sse_enabled = false # expect: aws-sqs-queue-unencrypted
}

variable "sse" {
  type    = bool
  default = false
}

variable "kms_key" {
  type    = string
  default = null
}

resource "aws_sqs_queue" "from_variables" {
  name                    = "events"
  kms_master_key_id       = var.kms_key
  sqs_managed_sse_enabled = var.sse # expect: aws-sqs-queue-unencrypted "`aws_sqs_queue.from_variables`"
}

variable "chosen_by_caller" {
  type = bool
}

resource "aws_sqs_queue" "unknown" {
  name                    = "jobs"
  sqs_managed_sse_enabled = var.chosen_by_caller # expect: aws-sqs-queue-unencrypted unknown
}
