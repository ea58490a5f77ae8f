resource "aws_kms_key" "data" {
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "Admin"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::123456789012:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "Everyone"
        Effect    = "Allow" # expect: aws-kms-key-policy-allows-public "statement `Everyone`"
        Principal = { AWS = "*" }
        Action    = ["kms:Decrypt", "kms:Encrypt"]
        Resource  = "*"
      },
    ]
  })
}

resource "aws_kms_key" "open" {
  enable_key_rotation = true
}

resource "aws_kms_key_policy" "open" {
  key_id = aws_kms_key.open.id
  policy = jsonencode({
    Statement = {
      Effect    = "Allow" # expect: aws-kms-key-policy-allows-public "`aws_kms_key_policy.open`"
      Principal = "*"
      Action    = "kms:*"
      Resource  = "*"
    }
  })
}

data "aws_iam_policy_document" "shared" {
  statement {
    sid     = "Shared"
    actions = ["kms:Decrypt"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    resources = ["*"]
  }
}

resource "aws_kms_key" "shared" {
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.shared.json # expect: aws-kms-key-policy-allows-public "`aws_kms_key.shared`"
}
