resource "aws_config_configuration_recorder" "default" {
  name     = "default"
  role_arn = aws_iam_role.config.arn
}

resource "aws_config_configuration_recorder" "all" {
  name     = "all"
  role_arn = aws_iam_role.config.arn
  recording_group {
    all_supported                 = true
    include_global_resource_types = true
  }
}

resource "aws_config_configuration_recorder" "exclusion" {
  name     = "exclusion"
  role_arn = aws_iam_role.config.arn
  recording_group {
    all_supported = false
    exclusion_by_resource_types {
      resource_types = ["AWS::EC2::NetworkInterface"]
    }
    recording_strategy {
      use_only = "EXCLUSION_BY_RESOURCE_TYPES"
    }
  }
}
