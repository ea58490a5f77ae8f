# The message names the user as well as it can: by the address of the
# `aws_iam_user` when its name is not known, and without a name when the
# login profile's `user` is not known either (never as an empty ``).
variable "user_name" {}

resource "aws_iam_user" "ops" {
  name = var.user_name
}

resource "aws_iam_user_login_profile" "ops" { # expect: aws-iam-user-console-access "gives IAM user `aws_iam_user.ops` a console password"
  user = aws_iam_user.ops.name
}

resource "aws_iam_user_login_profile" "by_variable" { # expect: aws-iam-user-console-access "gives an IAM user a console password"
  user = var.user_name
}

locals {
  empty = ""
}

resource "aws_iam_user_login_profile" "empty" { # expect: aws-iam-user-console-access "`aws_iam_user_login_profile.empty` gives an IAM user a console password"
  user = local.empty
}
