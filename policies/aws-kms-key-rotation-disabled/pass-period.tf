resource "aws_kms_key" "payments" {
  description             = "Payments encryption"
  enable_key_rotation     = true
  rotation_period_in_days = 180
}

resource "aws_kms_key" "yearly" {
  description             = "Default yearly rotation"
  enable_key_rotation     = true
  rotation_period_in_days = 365
}
