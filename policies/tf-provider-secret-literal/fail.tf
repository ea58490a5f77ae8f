provider "aws" {
  alias      = "plain_text_keys"
  region     = "us-west-1"
  access_key = "AKIAIOSFODNN7EXAMPLE"                     # expect: tf-provider-secret-literal "`access_key`"
  secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" # expect: tf-provider-secret-literal "`secret_key`"
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
