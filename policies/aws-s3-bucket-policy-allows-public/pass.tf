variable "org_id" {
  default = "o-abc123"
}

resource "aws_s3_bucket" "shared" {
  bucket = "acme-shared"
}

# Anyone, but only within the organisation; and a deny to anyone.
resource "aws_s3_bucket_policy" "shared" {
  bucket = aws_s3_bucket.shared.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "Organisation"
        Effect    = "Allow"
        Principal = "*"
        Action    = "s3:GetObject"
        Resource  = "${aws_s3_bucket.shared.arn}/*"
        Condition = { StringEquals = { "aws:PrincipalOrgID" = var.org_id } }
      },
      {
        Sid       = "TlsOnly"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource  = ["${aws_s3_bucket.shared.arn}", "${aws_s3_bucket.shared.arn}/*"]
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      },
    ]
  })
}

# CloudFront through origin access control: a service principal.
data "aws_iam_policy_document" "site" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::acme-site/*"]
    principals {
      type        = "Service"
      identifiers = ["cloudfront.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "AWS:SourceArn"
      values   = ["arn:aws:cloudfront::123456789012:distribution/E123"]
    }
  }
}

resource "aws_s3_bucket_policy" "site" {
  bucket = "acme-site"
  policy = data.aws_iam_policy_document.site.json
}

# Other `aws_s3_bucket*` resources have no bucket policy.
resource "aws_s3_bucket_versioning" "shared" {
  bucket = aws_s3_bucket.shared.id
  versioning_configuration {
    status = "Enabled"
  }
}

# A heredoc document that names its principals.
resource "aws_s3_bucket" "legacy" {
  bucket = "acme-legacy"
  policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": {
    "Effect": "Allow",
    "Principal": {"AWS": "arn:aws:iam::123456789012:role/reader"},
    "Action": "s3:GetObject",
    "Resource": "arn:aws:s3:::acme-legacy/*"
  }
}
POLICY
}
