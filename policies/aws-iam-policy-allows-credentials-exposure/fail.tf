resource "aws_iam_policy" "ci" {
  name = "ci"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow" # expect: aws-iam-policy-allows-credentials-exposure "`aws_iam_policy.ci` allows obtaining credentials of other identities: sts:AssumeRole on every resource"
      Action   = ["sts:AssumeRole", "s3:ListBucket"]
      Resource = "*"
    }]
  })
}

data "aws_iam_policy_document" "ops" {
  statement {
    actions   = ["ec2:*"]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "ops" {
  role   = "ops"
  policy = data.aws_iam_policy_document.ops.json # expect: aws-iam-policy-allows-credentials-exposure "ec2:*"
}

resource "aws_iam_role" "app" {
  name               = "app"
  assume_role_policy = "{}"
  inline_policy {
    name = "db"
    policy = jsonencode({
      Statement = [{ Effect = "Allow", Action = "rds-db:connect", Resource = "*" }] # expect: aws-iam-policy-allows-credentials-exposure "role `aws_iam_role.app`"
    })
  }
}
