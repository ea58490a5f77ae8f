resource "aws_iam_user" "ci" {
  name = "ci"
}

resource "aws_iam_access_key" "ci" { # expect: aws-iam-user-access-key "`aws_iam_access_key.ci`"
  user = aws_iam_user.ci.name
}

resource "aws_iam_access_key" "active" {
  user   = aws_iam_user.ci.name
  status = "Active" # expect: aws-iam-user-access-key
}
