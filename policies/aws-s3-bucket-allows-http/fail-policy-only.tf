# The bucket is created by another stack; this module owns its policy.
variable "reports_bucket" {
  type    = string
  default = "acme-quarterly-reports"
}

resource "aws_s3_bucket_policy" "reports" {
  bucket = var.reports_bucket
  policy = jsonencode({ # expect: aws-s3-bucket-allows-http "bucket policy `aws_s3_bucket_policy.reports`"
    Version = "2012-10-17"
    Statement = [{
      Sid       = "FinanceRead"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::444455556666:role/finance-reader" }
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::acme-quarterly-reports/*"
    }]
  })
}
