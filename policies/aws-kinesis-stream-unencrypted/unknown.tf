variable "encryption_type" {
  type = string
}

resource "aws_kinesis_stream" "clicks" {
  name            = "clicks"
  shard_count     = 2
  encryption_type = var.encryption_type # expect: aws-kinesis-stream-unencrypted unknown
}
