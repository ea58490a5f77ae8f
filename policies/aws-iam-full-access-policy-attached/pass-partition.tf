# AWS managed policies other than IAMFullAccess, with the partition from a
# data source: decided by the ARN's literal end, not unknown.
data "aws_partition" "current" {}

resource "aws_iam_role_policy_attachment" "iam_read" {
  role       = aws_iam_role.auditor.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/IAMReadOnlyAccess"
}

resource "aws_iam_role" "auditor" {
  name                = "auditor"
  assume_role_policy  = data.aws_iam_policy_document.assume.json
  managed_policy_arns = ["arn:${data.aws_partition.current.partition}:iam::aws:policy/SecurityAudit"]
}
