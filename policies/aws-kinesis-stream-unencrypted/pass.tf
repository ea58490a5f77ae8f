resource "aws_kinesis_stream" "clicks" {
  name            = "clicks"
  shard_count     = 2
  encryption_type = "KMS"
  kms_key_id      = "alias/aws/kinesis"
}

variable "encryption_type" {
  default = "KMS"
}

resource "aws_kinesis_stream" "orders" {
  name            = "orders"
  encryption_type = var.encryption_type
  kms_key_id      = aws_kms_key.stream.arn
}

resource "aws_kms_key" "stream" {
  enable_key_rotation = true
}
