resource "azurerm_cognitive_account" "openai" { # expect: azure-cognitive-account-network-access-unrestricted "no network ACLs"
  name                = "openai"
  location            = "swedencentral"
  resource_group_name = "rg"
  kind                = "OpenAI"
  sku_name            = "S0"
}

resource "azurerm_cognitive_account" "allow" {
  name                  = "allow"
  location              = "westeurope"
  resource_group_name   = "rg"
  kind                  = "CognitiveServices"
  sku_name              = "S0"
  custom_subdomain_name = "allow-example"

  network_acls {
    default_action = "Allow" # expect: azure-cognitive-account-network-access-unrestricted "by default"
  }
}
