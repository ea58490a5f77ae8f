# Tests and LocalStack give the AWS provider mock keys so that it starts
# without real credentials. An `access_key` that is not shaped like an AWS
# access key id authenticates nothing, and neither does the `secret_key`
# paired with it.
provider "aws" {
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  access_key                  = "mock_access_key"
  secret_key                  = "mock_secret_key"
}

provider "aws" {
  alias                       = "localstack"
  region                      = "us-east-1"
  access_key                  = "test"
  secret_key                  = "test"
  skip_credentials_validation = true
  endpoints {
    s3 = "http://localhost:4566"
  }
}
