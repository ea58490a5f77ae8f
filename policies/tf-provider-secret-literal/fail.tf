provider "aws" {
  alias      = "plain_text_keys"
  region     = "us-west-1"
  access_key = "AKIAFIXTURE000000001"                     # expect: tf-provider-secret-literal "`access_key`"
  secret_key = "fixture/secret+access/key000000000000001" # expect: tf-provider-secret-literal "`secret_key`"
}

variable "arm_client_secret" {
  type      = string
  sensitive = true
  default   = "s3cr3t-from-a-default"
}

# A variable's default is in the repository too.
provider "azurerm" {
  features {}
  client_id     = "00000000-0000-0000-0000-000000000000"
  client_secret = var.arm_client_secret # expect: tf-provider-secret-literal "`client_secret`"
}

locals {
  github_token = "ghp_0123456789abcdefghijklmnopqrstuvwxyz"
}

provider "github" {
  owner = "acme"
  token = local.github_token # expect: tf-provider-secret-literal "provider `provider.github`"
}

# A real key id with its secret is flagged whatever else the provider says;
# so is a secret written beside a key id taken from elsewhere.
provider "aws" {
  alias                       = "real_key_skip_validation"
  skip_credentials_validation = true
  access_key                  = "ASIAFIXTURE000000002"                     # expect: tf-provider-secret-literal "`access_key`"
  secret_key                  = "fixture/secret+access/key000000000000001" # expect: tf-provider-secret-literal "`secret_key`"
}

provider "aws" {
  alias      = "secret_only"
  secret_key = "test" # expect: tf-provider-secret-literal "`secret_key`"
}

# Only the AWS provider's key ids have that shape: another provider's
# `access_key` is a credential whatever it looks like.
provider "alicloud" {
  region     = "cn-hangzhou"
  access_key = "LTAI5tQd7x9fK2mN3pR8sV1w"       # expect: tf-provider-secret-literal "provider `provider.alicloud` sets `access_key`"
  secret_key = "8xZ3kLmN5pQ7rS9tU1vW3xY5zA7bC9" # expect: tf-provider-secret-literal "`secret_key`"
}
