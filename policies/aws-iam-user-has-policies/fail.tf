resource "aws_iam_user_policy" "deploy" {
  user   = "deploy" # expect: aws-iam-user-has-policies
  policy = "{}"
}

resource "aws_iam_user_policy_attachment" "deploy" {
  user       = aws_iam_user.deploy.name # expect: aws-iam-user-has-policies
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_policy_attachment" "many" {
  name       = "many"
  users      = ["alice"] # expect: aws-iam-user-has-policies
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
