# The role's only managed policy is the customer managed policy the module
# creates (zero or one of them, with `count`), joined into one string: an
# ARN of the module's own `aws_iam_policy` is never an AWS managed policy.
resource "aws_iam_policy" "runner" {
  count  = var.enabled ? 1 : 0
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
  managed_policy_arns = [join("", aws_iam_policy.runner.*.arn)]
}

resource "aws_iam_role" "scheduler" {
  name                = "scheduler"
  assume_role_policy  = data.aws_iam_policy_document.assume.json
  managed_policy_arns = [join("", aws_iam_policy.runner[*].arn), "arn:aws:iam::aws:policy/AmazonSSMReadOnlyAccess"]
}

# The module's policy with AWS managed policies in a partition-neutral form.
resource "aws_iam_role" "worker" {
  name               = "worker"
  assume_role_policy = data.aws_iam_policy_document.assume.json
  managed_policy_arns = [
    join("", aws_iam_policy.runner[*].arn),
    "arn:${join("", data.aws_partition.current[*].partition)}:iam::aws:policy/CloudWatchAgentServerPolicy",
    "arn:${join("", data.aws_partition.current[*].partition)}:iam::aws:policy/AmazonSSMManagedInstanceCore",
  ]
}
