resource "aws_ebs_snapshot_block_public_access" "account" {
  state = "block-all-sharing"
}

resource "aws_ec2_image_block_public_access" "account" {
  state = "block-new-sharing"
}
