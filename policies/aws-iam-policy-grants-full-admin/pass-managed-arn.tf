resource "aws_iam_role_policy_attachment" "ro" {
  role       = "ops"
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_role" "ci" {
  name                = "ci"
  assume_role_policy  = "{}"
  managed_policy_arns = ["arn:aws:iam::aws:policy/ReadOnlyAccess"]
}

# A policy of the configuration is customer-managed, whatever its ARN will be.
resource "aws_iam_policy" "kms" {
  name = "kms"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["kms:Decrypt"], Resource = var.key_arn }]
  })
}

resource "aws_iam_role_policy_attachment" "kms" {
  role       = "ops"
  policy_arn = aws_iam_policy.kms.arn
}
