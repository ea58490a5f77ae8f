# NIST SP 800-63B: no periodic rotation.
# param: iam_password_max_age_days = 0
resource "aws_iam_account_password_policy" "nist" {
  minimum_password_length      = 15
  password_reuse_prevention    = 24
  require_symbols              = true
  require_numbers              = true
  require_uppercase_characters = true
  require_lowercase_characters = true
}
