resource "aws_iam_role_policy_attachment" "deployer" {
  role       = "deployer"
  policy_arn = "arn:aws:iam::aws:policy/IAMFullAccess" # expect: aws-iam-full-access-policy-attached "`aws_iam_role_policy_attachment.deployer`"
}

data "aws_partition" "current" {}

locals {
  partition = "aws"
}

resource "aws_iam_user_policy_attachment" "bot" {
  user       = "bot"
  policy_arn = "arn:${local.partition}:iam::aws:policy/IAMFullAccess" # expect: aws-iam-full-access-policy-attached
}

resource "aws_iam_role" "ci" {
  name                = "ci"
  assume_role_policy  = "{}"
  managed_policy_arns = ["arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::aws:policy/IAMFullAccess"] # expect: aws-iam-full-access-policy-attached "`aws_iam_role.ci`"
}
