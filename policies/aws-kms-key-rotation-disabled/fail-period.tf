resource "aws_kms_key" "archive" {
  description             = "Archive encryption"
  enable_key_rotation     = true
  rotation_period_in_days = 1095 # expect: aws-kms-key-rotation-disabled "every 1095 days"
}
