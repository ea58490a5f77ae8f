resource "aws_iam_role_policy_attachment" "ro" {
  role       = "ops"
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_role" "ci" {
  name                = "ci"
  assume_role_policy  = "{}"
  managed_policy_arns = ["arn:aws:iam::aws:policy/ReadOnlyAccess"]
}
