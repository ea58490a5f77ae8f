resource "aws_emr_block_public_access_configuration" "default" {
  block_public_security_group_rules = true
}

resource "aws_emr_block_public_access_configuration" "ssh_and_range" {
  block_public_security_group_rules = true

  permitted_public_security_group_rule_range {
    min_range = 22
    max_range = 22
  }

  permitted_public_security_group_rule_range {
    min_range = 443
    max_range = 443
  }
}
