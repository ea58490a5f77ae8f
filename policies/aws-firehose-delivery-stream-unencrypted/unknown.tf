variable "sse" {
  type = bool
}

resource "aws_kinesis_firehose_delivery_stream" "events" {
  name        = "events"
  destination = "extended_s3"
  server_side_encryption {
    enabled = var.sse # expect: aws-firehose-delivery-stream-unencrypted unknown
  }
}
