variable "max_password_age" {
  type    = number
  default = 60
}

resource "aws_iam_account_password_policy" "cis" {
  minimum_password_length        = 16
  password_reuse_prevention      = 24
  require_symbols                = true
  require_numbers                = true
  require_uppercase_characters   = true
  require_lowercase_characters   = true
  max_password_age               = var.max_password_age
  allow_users_to_change_password = true
  hard_expiry                    = false
}
