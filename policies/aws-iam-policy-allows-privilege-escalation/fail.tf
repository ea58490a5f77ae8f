resource "aws_iam_policy" "operators" {
  name = "operators"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow" # expect: aws-iam-policy-allows-privilege-escalation "`aws_iam_policy.operators`"
      Action   = "iam:Attach*"
      Resource = "*"
    }]
  })
}

data "aws_iam_policy_document" "deploy" {
  statement {
    actions   = ["lambda:UpdateFunctionCode", "iam:PassRole"]
    resources = ["*"] # expect: aws-iam-policy-allows-privilege-escalation "`data.aws_iam_policy_document.deploy`"
  }
}

resource "aws_iam_role_policy" "deploy" {
  role   = "ci"
  policy = data.aws_iam_policy_document.deploy.json # reported at the data source
}

# `lambda:*` includes `lambda:UpdateFunctionCode`.
resource "aws_iam_user_policy" "excess" {
  user   = "dev"
  policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {"Action": ["ec2:*", "s3:*", "lambda:*"], "Effect": "Allow", "Resource": "*"}
  ]
}
EOF
}

resource "aws_iam_role" "ops" {
  name               = "ops"
  assume_role_policy = "{}"
  inline_policy {
    name = "keys"
    policy = jsonencode({
      Statement = { Effect = "Allow", Action = "iam:CreateAccessKey", Resource = "*" } # expect: aws-iam-policy-allows-privilege-escalation "inline policy"
    })
  }
}

variable "target" {
  type = string
}

resource "aws_iam_group_policy" "unknown" {
  group = "ops"
  policy = jsonencode({ # expect: aws-iam-policy-allows-privilege-escalation unknown
    Statement = [{ Effect = "Allow", Action = "iam:PutRolePolicy", Resource = var.target }]
  })
}

# A data source nobody uses yet is reported where it is written.
data "aws_iam_policy_document" "unused" {
  statement {
    actions   = ["iam:Put*"]
    resources = ["*"] # expect: aws-iam-policy-allows-privilege-escalation "`data.aws_iam_policy_document.unused`"
  }
}
