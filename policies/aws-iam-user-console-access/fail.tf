resource "aws_iam_user" "alice" {
  name = "alice"
}

resource "aws_iam_user_login_profile" "alice" { # expect: aws-iam-user-console-access "IAM user `alice` a console password"
  user                    = aws_iam_user.alice.name
  password_reset_required = true
}
