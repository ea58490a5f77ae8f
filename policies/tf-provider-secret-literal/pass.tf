# Credentials from the environment or a profile.
provider "aws" {
  region  = "eu-west-1"
  profile = "deploy"
}

provider "aws" {
  alias                    = "shared"
  region                   = "eu-west-1"
  shared_credentials_files = ["/home/ci/.aws/credentials"]
  assume_role {
    role_arn = "arn:aws:iam::123456789012:role/deploy"
  }
}

variable "arm_client_secret" {
  type      = string
  sensitive = true
}

provider "azurerm" {
  features {}
  client_id     = "00000000-0000-0000-0000-000000000000"
  client_secret = var.arm_client_secret
}

data "vault_generic_secret" "github" {
  path = "secret/github"
}

provider "github" {
  owner = "acme"
  token = data.vault_generic_secret.github.data["token"]
}

provider "vault" {
  address = "https://vault.example.com"
  token   = file("/run/secrets/vault-token")
}

provider "postgresql" {
  host     = "db.example.com"
  username = "admin"
  password = ""
}
