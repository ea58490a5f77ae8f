resource "aws_s3_bucket" "site" {
  bucket = "acme-site"
}

# jsonencode, one statement as a list. (A value inside `jsonencode` is
# reported at the call.)
resource "aws_s3_bucket_policy" "site" {
  bucket = aws_s3_bucket.site.id
  # expect: aws-s3-bucket-policy-allows-public "statement `PublicRead`"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "OwnerOnly"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::123456789012:root" }
        Action    = "s3:*"
        Resource  = "${aws_s3_bucket.site.arn}/*"
      },
      {
        Sid       = "PublicRead"
        Effect    = "Allow"
        Principal = "*"
        Action    = "s3:GetObject"
        Resource  = "${aws_s3_bucket.site.arn}/*"
      },
    ]
  })
}

# A policy document data source: `type = "*"` is anyone.
data "aws_iam_policy_document" "exports" {
  statement {
    sid       = "Anyone"
    actions   = ["s3:GetObject", "s3:PutObject"]
    resources = ["arn:aws:s3:::acme-exports/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_s3_bucket_policy" "exports" {
  bucket = "acme-exports"
  policy = data.aws_iam_policy_document.exports.json # expect: aws-s3-bucket-policy-allows-public "statement `Anyone`"
}

# AWS provider v3: the bucket's inline policy, as a JSON string with a
# single statement.
resource "aws_s3_bucket" "legacy" {
  bucket = "acme-legacy"
  policy = "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Principal\": {\"AWS\": [\"*\"]}, \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::acme-legacy/*\"}}" # expect: aws-s3-bucket-policy-allows-public "`aws_s3_bucket.legacy`"
}
