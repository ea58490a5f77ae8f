resource "aws_iam_policy" "ci" {
  name = "ci"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow" # expect: aws-iam-policy-allows-data-exfiltration "`aws_iam_policy.ci`"
      Action   = ["s3:GetObject", "s3:PutObject"]
      Resource = "*"
    }]
  })
}

data "aws_iam_policy_document" "app" {
  statement {
    actions   = ["secretsmanager:GetSecretValue"]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "app" {
  role   = "app"
  policy = data.aws_iam_policy_document.app.json # expect: aws-iam-policy-allows-data-exfiltration "`aws_iam_role_policy.app`"
}

resource "aws_iam_role" "worker" {
  name               = "worker"
  assume_role_policy = "{}"
  inline_policy {
    name = "params"
    policy = jsonencode({
      Statement = [{ Effect = "Allow", Action = "ssm:GetParametersByPath", Resource = "*" }] # expect: aws-iam-policy-allows-data-exfiltration "role `aws_iam_role.worker`"
    })
  }
}
