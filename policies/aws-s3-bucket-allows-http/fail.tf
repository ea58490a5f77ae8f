resource "aws_s3_bucket" "nopolicy" { # expect: aws-s3-bucket-allows-http
  bucket = "acme-nopolicy"
}

resource "aws_s3_bucket" "other" { # expect: aws-s3-bucket-allows-http
  bucket = "acme-other"
}

resource "aws_s3_bucket_policy" "other" {
  bucket = aws_s3_bucket.other.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:root" }
      Action    = "s3:GetObject"
      Resource  = "${aws_s3_bucket.other.arn}/*"
    }]
  })
}
