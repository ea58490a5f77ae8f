# Written with the AzAPI provider.
variable "parent_id" {}

variable "resource_type" {}

resource "azapi_resource" "good0" {
  type      = "Microsoft.CognitiveServices/accounts@2024-10-01"
  name      = "acme-good0"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind = "OpenAI"
    sku  = { name = "S0" }
    properties = {
      customSubDomainName = "acme-openai"
      disableLocalAuth    = true
    }
  }
}

# A `type` not known statically is skipped.
resource "azapi_resource" "unknown" {
  type      = var.resource_type
  name      = "acme-unknown"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind = "OpenAI"
    sku  = { name = "S0" }
    properties = {
      customSubDomainName = "acme-openai"
    }
  }
}
