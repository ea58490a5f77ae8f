# param: iam_password_min_length = 20
# param: iam_password_max_age_days = 30
resource "aws_iam_account_password_policy" "cis" {
  minimum_password_length      = 16 # expect: aws-iam-password-policy-weak "shorter than 20"
  password_reuse_prevention    = 24
  require_symbols              = true
  require_numbers              = true
  require_uppercase_characters = true
  require_lowercase_characters = true
  max_password_age             = 90 # expect: aws-iam-password-policy-weak "within 30 days"
}
