# The module's own policy does not excuse the AWS managed policy listed
# next to it.
resource "aws_iam_policy" "runner" {
  count  = var.enabled ? 1 : 0
  name   = "runner"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["sqs:SendMessage"], Resource = "arn:aws:sqs:*:*:jobs" }]
  })
}

resource "aws_iam_role" "runner" {
  name               = "runner"
  assume_role_policy = data.aws_iam_policy_document.assume.json
  managed_policy_arns = [
    join("", aws_iam_policy.runner.*.arn),
    "arn:${data.aws_partition.current.partition}:iam::aws:policy/IAMFullAccess", # expect: aws-iam-full-access-policy-attached fail
  ]
}
