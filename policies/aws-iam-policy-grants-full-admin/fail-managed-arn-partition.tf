# The partition comes from a data source, as in modules meant for every
# partition: the ARN's literal end still names the AWS managed policy.
data "aws_partition" "current" {}

resource "aws_iam_role_policy_attachment" "break_glass" {
  role       = aws_iam_role.break_glass.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AdministratorAccess" # expect: aws-iam-policy-grants-full-admin fail "`aws_iam_role_policy_attachment.break_glass`"
}

resource "aws_iam_role" "terraform" {
  name               = "terraform"
  assume_role_policy = data.aws_iam_policy_document.assume.json
  managed_policy_arns = [
    "arn:${data.aws_partition.current.partition}:iam::aws:policy/AdministratorAccess", # expect: aws-iam-policy-grants-full-admin fail "`aws_iam_role.terraform`"
  ]
}
