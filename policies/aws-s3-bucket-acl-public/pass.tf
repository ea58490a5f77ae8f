resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
  acl    = "private"
}

resource "aws_s3_bucket_acl" "logs" {
  bucket = aws_s3_bucket.data.id
  acl    = "log-delivery-write"
}
