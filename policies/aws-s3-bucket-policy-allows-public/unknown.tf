variable "policy" {}

# The document is not known: its statements cannot be listed.
resource "aws_s3_bucket_policy" "data" {
  bucket = "acme-data"
  policy = var.policy # expect: aws-s3-bucket-policy-allows-public unknown
}
