variable "policy_arn" {
  type = string
}

resource "aws_iam_role_policy_attachment" "chosen" {
  role       = "ops"
  policy_arn = var.policy_arn # expect: aws-iam-full-access-policy-attached unknown
}
