variable "block_public" {
  type = bool
}

resource "aws_emr_block_public_access_configuration" "from_var" {
  block_public_security_group_rules = var.block_public # expect: aws-emr-block-public-access-disabled unknown
}
