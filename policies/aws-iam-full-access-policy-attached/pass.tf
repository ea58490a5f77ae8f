resource "aws_iam_role_policy_attachment" "ro" {
  role       = "ops"
  policy_arn = "arn:aws:iam::aws:policy/IAMReadOnlyAccess"
}

resource "aws_iam_group_policy_attachment" "self_service" {
  group      = "users"
  policy_arn = "arn:aws:iam::aws:policy/IAMUserChangePassword"
}

resource "aws_iam_role" "ci" {
  name                = "ci"
  assume_role_policy  = "{}"
  managed_policy_arns = ["arn:aws:iam::aws:policy/ReadOnlyAccess"]
}

# A policy of the configuration is customer managed, whatever its ARN will be.
resource "aws_iam_policy" "iam_full_access" {
  name = "IAMFullAccess"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["iam:GetRole"], Resource = "*" }]
  })
}

resource "aws_iam_role_policy_attachment" "custom" {
  role       = "ops"
  policy_arn = aws_iam_policy.iam_full_access.arn
}
