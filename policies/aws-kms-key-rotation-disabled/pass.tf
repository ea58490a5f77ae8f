resource "aws_kms_key" "data" {
  description         = "data"
  enable_key_rotation = true
}

resource "aws_kms_key" "signing" {
  key_usage                = "SIGN_VERIFY"
  customer_master_key_spec = "ECC_NIST_P256"
}

resource "aws_kms_key" "hmac" {
  key_usage                = "GENERATE_VERIFY_MAC"
  customer_master_key_spec = "HMAC_256"
}

# Keys in a CloudHSM key store cannot be rotated automatically.
resource "aws_kms_key" "hsm" {
  description         = "hsm"
  custom_key_store_id = "cks-1234567890abcdef0"
}
