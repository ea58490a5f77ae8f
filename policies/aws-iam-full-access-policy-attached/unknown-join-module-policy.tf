# One ARN comes from the module's policy, the other from a variable, which
# may name any policy: the role stays undecided.
resource "aws_iam_policy" "runner" {
  name   = "runner"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:GetObject", "s3:PutObject"]
      Resource = "arn:aws:s3:::acme-build-cache/*"
    }]
  })
}

resource "aws_iam_role" "runner" {
  name                = "runner"
  assume_role_policy  = data.aws_iam_policy_document.assume.json
  managed_policy_arns = [join("", aws_iam_policy.runner.*.arn), var.extra_policy_arn] # expect: aws-iam-full-access-policy-attached unknown
}
