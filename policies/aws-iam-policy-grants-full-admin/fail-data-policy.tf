# The AWS managed policy looked up by name, then attached.
data "aws_iam_policy" "admin" {
  name = "AdministratorAccess" # expect: aws-iam-policy-grants-full-admin fail "`aws_iam_role_policy_attachment.break_glass`"
}

resource "aws_iam_role_policy_attachment" "break_glass" {
  role       = aws_iam_role.break_glass.name
  policy_arn = data.aws_iam_policy.admin.arn
}
