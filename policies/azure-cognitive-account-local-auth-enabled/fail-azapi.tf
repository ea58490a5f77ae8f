# Written with the AzAPI provider.
variable "parent_id" {}

resource "azapi_resource" "bad1" {
  type      = "Microsoft.CognitiveServices/accounts@2024-10-01"
  name      = "acme-bad1"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind = "OpenAI"
    sku  = { name = "S0" }
    properties = { # expect: azure-cognitive-account-local-auth-enabled
      customSubDomainName = "acme-openai"
    }
  }
}

resource "azapi_resource" "bad2" {
  type      = "Microsoft.CognitiveServices/accounts@2024-10-01"
  name      = "acme-bad2"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({
    kind = "OpenAI"
    sku  = { name = "S0" }
    properties = {
      customSubDomainName = "acme-openai-keys"
      disableLocalAuth    = false # expect: azure-cognitive-account-local-auth-enabled
    }
  })
}
