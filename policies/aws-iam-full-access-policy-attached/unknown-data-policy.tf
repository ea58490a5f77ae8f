# Which policy the data source looks up is a variable.
data "aws_iam_policy" "chosen" {
  name = var.policy_name # expect: aws-iam-full-access-policy-attached unknown
}

resource "aws_iam_user_policy_attachment" "chosen" {
  user       = "deployer"
  policy_arn = data.aws_iam_policy.chosen.arn
}
