resource "aws_kinesis_stream" "clicks" { # expect: aws-kinesis-stream-unencrypted "`aws_kinesis_stream.clicks`"
  name             = "clicks"
  shard_count      = 2
  retention_period = 168
}

resource "aws_kinesis_stream" "explicit" {
  name            = "orders"
  encryption_type = "NONE" # expect: aws-kinesis-stream-unencrypted
  stream_mode_details {
    stream_mode = "ON_DEMAND"
  }
}
