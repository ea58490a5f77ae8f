# The partition comes from a data source, as in modules meant for every
# partition: the ARN's literal end still names the AWS managed policy.
data "aws_partition" "current" {}

resource "aws_iam_role_policy_attachment" "provisioner" {
  role       = aws_iam_role.provisioner.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/IAMFullAccess" # expect: aws-iam-full-access-policy-attached fail "`aws_iam_role_policy_attachment.provisioner`"
}

resource "aws_iam_role" "bootstrap" {
  name               = "bootstrap"
  assume_role_policy = data.aws_iam_policy_document.assume.json
  managed_policy_arns = [
    "arn:${data.aws_partition.current.partition}:iam::aws:policy/ReadOnlyAccess",
    "arn:${data.aws_partition.current.partition}:iam::aws:policy/IAMFullAccess", # expect: aws-iam-full-access-policy-attached fail "`aws_iam_role.bootstrap`"
  ]
}
