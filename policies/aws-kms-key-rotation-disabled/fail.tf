resource "aws_kms_key" "data" { # expect: aws-kms-key-rotation-disabled
  description = "data"
}

resource "aws_kms_key" "explicit" {
  description              = "explicit"
  customer_master_key_spec = "SYMMETRIC_DEFAULT"
  key_usage                = "ENCRYPT_DECRYPT"
  enable_key_rotation      = false # expect: aws-kms-key-rotation-disabled "`aws_kms_key.explicit`"
}
