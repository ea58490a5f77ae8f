data "aws_iam_policy_document" "deploy" {
  statement {
    actions   = ["iam:PassRole"]
    resources = ["arn:aws:iam::123456789012:role/function"]
    condition {
      test     = "StringEquals"
      variable = "iam:PassedToService"
      values   = ["lambda.amazonaws.com"]
    }
  }
  statement {
    actions   = ["iam:Get*", "iam:List*", "lambda:GetFunction"]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "deploy" {
  role   = "ci"
  policy = data.aws_iam_policy_document.deploy.json
}

# Every action on every resource is `aws-iam-policy-grants-full-admin`'s.
resource "aws_iam_policy" "admin" {
  name = "admin"
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }]
  })
}

resource "aws_iam_policy" "deny" {
  name = "deny-iam"
  policy = jsonencode({
    Statement = [{ Effect = "Deny", Action = "iam:*", Resource = "*" }]
  })
}

resource "aws_iam_role" "reader" {
  name               = "reader"
  assume_role_policy = "{}"
  inline_policy {
    name = "read"
    policy = jsonencode({
      Statement = [{ Effect = "Allow", Action = ["s3:GetObject", "lambda:Invoke*"], Resource = "*" }]
    })
  }
}

# Scoped to one role, or granted in a trust policy: not an escalation.
data "aws_iam_policy_document" "pass_one_role" {
  statement {
    actions   = ["iam:PassRole"]
    resources = ["arn:aws:iam::123456789012:role/app"]
  }
}

data "aws_iam_policy_document" "trust" {
  statement {
    actions   = ["sts:AssumeRole", "iam:PassRole"]
    resources = ["*"]
    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_role_policy" "pass_one_role" {
  role   = "ci"
  policy = data.aws_iam_policy_document.pass_one_role.json
}
