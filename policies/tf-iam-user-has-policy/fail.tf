resource "aws_iam_user_policy" "deploy" {
  user   = "deploy" # expect: tf-iam-user-has-policy
  policy = "{}"
}

resource "aws_iam_user_policy_attachment" "deploy" {
  user       = aws_iam_user.deploy.name # expect: tf-iam-user-has-policy
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_policy_attachment" "many" {
  name       = "many"
  users      = ["alice"] # expect: tf-iam-user-has-policy
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
