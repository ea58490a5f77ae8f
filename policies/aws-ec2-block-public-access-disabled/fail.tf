resource "aws_ebs_snapshot_block_public_access" "account" {
  state = "unblocked" # expect: aws-ec2-block-public-access-disabled "EBS snapshots"
}

resource "aws_ec2_image_block_public_access" "account" {
  state = "unblocked" # expect: aws-ec2-block-public-access-disabled "AMIs"
}
