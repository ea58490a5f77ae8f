# The sample key pair of AWS's documentation authenticates nothing.
provider "aws" {
  region     = "us-east-1"
  access_key = "AKIAIOSFODNN7EXAMPLE"
  secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
}

provider "github" {
  owner = "acme"
  token = "NO_TOKEN"
}
