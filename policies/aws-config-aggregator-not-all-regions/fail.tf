resource "aws_config_configuration_aggregator" "accounts" {
  name = "accounts"
  account_aggregation_source { # expect: aws-config-aggregator-not-all-regions "`aws_config_configuration_aggregator.accounts`"
    account_ids = ["111122223333"]
    regions     = ["eu-west-1"]
  }
}

resource "aws_config_configuration_aggregator" "organization" {
  name = "organization"
  organization_aggregation_source {
    all_regions = false # expect: aws-config-aggregator-not-all-regions "organization in listed regions"
    regions     = ["eu-west-1", "eu-central-1"]
    role_arn    = "arn:aws:iam::111122223333:role/config-aggregator"
  }
}
