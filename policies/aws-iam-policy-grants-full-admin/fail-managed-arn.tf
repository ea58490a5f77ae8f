resource "aws_iam_role_policy_attachment" "admin" {
  role       = "ops"
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess" # expect: aws-iam-policy-grants-full-admin
}

resource "aws_iam_role" "ci" {
  name                = "ci"
  assume_role_policy  = "{}"
  managed_policy_arns = ["arn:aws:iam::aws:policy/AdministratorAccess"] # expect: aws-iam-policy-grants-full-admin
}

# A policy ARN that cannot be known statically ends unknown.
resource "aws_iam_role" "other" {
  name                = "other"
  assume_role_policy  = "{}"
  managed_policy_arns = [aws_iam_policy.other.arn] # expect: aws-iam-policy-grants-full-admin unknown
}
