# Only what the console shows by default: every check fails.
resource "aws_iam_account_password_policy" "defaults" { # expect: aws-iam-password-policy-weak "shorter than 14", aws-iam-password-policy-weak "fewer than 24", aws-iam-password-policy-weak "symbols, numbers", aws-iam-password-policy-weak "within 90 days"
  allow_users_to_change_password = true
}

resource "aws_iam_account_password_policy" "almost" {
  minimum_password_length        = 12 # expect: aws-iam-password-policy-weak "shorter than 14"
  password_reuse_prevention      = 5  # expect: aws-iam-password-policy-weak "fewer than 24"
  require_symbols                = false # expect: aws-iam-password-policy-weak "`aws_iam_account_password_policy.almost` does not require"
  require_numbers                = true
  require_uppercase_characters   = true
  require_lowercase_characters   = true
  max_password_age               = 0 # expect: aws-iam-password-policy-weak "within 90 days"
  allow_users_to_change_password = true
}

resource "aws_iam_account_password_policy" "long_lived" {
  minimum_password_length      = 14
  password_reuse_prevention    = 24
  require_symbols              = true
  require_numbers              = true
  require_uppercase_characters = true
  require_lowercase_characters = "true"
  max_password_age             = 365 # expect: aws-iam-password-policy-weak "within 90 days"
}
