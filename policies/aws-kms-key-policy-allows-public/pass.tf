# No policy: the default key policy trusts the account only.
resource "aws_kms_key" "default" {
  enable_key_rotation = true
}

resource "aws_kms_key" "org" {
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
        Sid       = "Organisation"
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = ["kms:Decrypt"]
        Resource  = "*"
        Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-abc123" } }
      },
    ]
  })
}

data "aws_iam_policy_document" "via_service" {
  statement {
    actions = ["kms:Decrypt"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    resources = ["*"]
    condition {
      test     = "StringEquals"
      variable = "kms:CallerAccount"
      values   = ["123456789012"]
    }
  }
}

resource "aws_kms_key_policy" "via_service" {
  key_id = aws_kms_key.default.id
  policy = data.aws_iam_policy_document.via_service.json
}

# A key policy that denies anyone is not an allow.
resource "aws_kms_key" "deny" {
  enable_key_rotation = true
  policy = <<EOT
{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Principal": "*", "Action": "kms:ScheduleKeyDeletion", "Resource": "*"}]}
EOT
}
