resource "aws_config_configuration_recorder" "main" {
  name     = "main"
  role_arn = aws_iam_role.config.arn
  recording_group {
    all_supported  = false # expect: aws-config-recorder-partial "`aws_config_configuration_recorder.main`"
    resource_types = ["AWS::EC2::SecurityGroup", "AWS::S3::Bucket"]
  }
}

resource "aws_config_configuration_recorder" "listed" {
  name     = "listed"
  role_arn = aws_iam_role.config.arn
  recording_group {
    all_supported  = "false" # expect: aws-config-recorder-partial
    resource_types = ["AWS::IAM::Role"]
    recording_strategy {
      use_only = "INCLUSION_BY_RESOURCE_TYPES"
    }
  }
}
