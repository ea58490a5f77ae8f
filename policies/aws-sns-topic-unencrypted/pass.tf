resource "aws_sns_topic" "aws_managed" {
  name              = "alerts"
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_sns_topic" "cmk" {
  name              = "events"
  kms_master_key_id = aws_kms_key.sns.id
}
