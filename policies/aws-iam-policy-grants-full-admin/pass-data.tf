# A bucket policy (with principals) is not an identity policy.
data "aws_iam_policy_document" "bucket" {
  statement {
    actions   = ["*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:role/admin"]
    }
  }
}

data "aws_iam_policy_document" "deny_all" {
  statement {
    effect    = "Deny"
    actions   = ["*"]
    resources = ["*"]
    condition {
      test     = "Bool"
      variable = "aws:MultiFactorAuthPresent"
      values   = ["false"]
    }
  }
}

data "aws_iam_policy_document" "scoped" {
  statement {
    actions   = ["s3:*"]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "scoped" {
  role   = "ops"
  policy = data.aws_iam_policy_document.scoped.json
}

# A customer managed policy attached by reference is not AdministratorAccess.
resource "aws_iam_policy" "admin_like" {
  name   = "AdministratorAccess"
  policy = data.aws_iam_policy_document.scoped.json
}

resource "aws_iam_role_policy_attachment" "custom" {
  role       = "ops"
  policy_arn = aws_iam_policy.admin_like.arn
}
