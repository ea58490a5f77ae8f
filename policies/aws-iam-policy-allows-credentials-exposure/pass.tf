resource "aws_iam_policy" "deployer" {
  name = "deployer"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = "sts:AssumeRole"
        Resource = ["arn:aws:iam::210987654321:role/deploy", "arn:aws:iam::310987654321:role/deploy"]
      },
      {
        # Only grantable on every resource, and scoped by repository policies.
        Effect   = "Allow"
        Action   = ["ecr:GetAuthorizationToken", "sts:GetSessionToken"]
        Resource = "*"
      },
      {
        Effect   = "Allow"
        Action   = "rds-db:connect"
        Resource = "arn:aws:rds-db:eu-west-1:123456789012:dbuser:db-ABCDEFGHIJKL01234/app"
      },
      {
        Effect   = "Allow"
        Action   = ["ec2:Describe*", "ec2:StartInstances"]
        Resource = "*"
      },
      {
        Effect    = "Allow"
        Action    = "sts:AssumeRole"
        Resource  = "*"
        Condition = { StringEquals = { "aws:ResourceTag/team" = "platform" } }
      },
      {
        # Reported by aws-iam-policy-grants-full-admin.
        Effect   = "Allow"
        Action   = "*"
        Resource = "*"
      },
      {
        Effect   = "Deny"
        Action   = "iam:CreateAccessKey"
        Resource = "*"
      }
    ]
  })
}

# iam:* is reported by aws-iam-policy-allows-privilege-escalation.
resource "aws_iam_user_policy" "admin" {
  user = "admin"
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = ["iam:*", "sts:AssumeRole"], Resource = "*" }]
  })
}
