resource "azurerm_cognitive_account" "openai" { # expect: azure-cognitive-account-outbound-access-unrestricted
  name                  = "oai-default"
  location              = "swedencentral"
  resource_group_name   = "rg"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-default"
}

resource "azurerm_cognitive_account" "ai_services" {
  name                               = "ais-explicit"
  location                           = "swedencentral"
  resource_group_name                = "rg"
  kind                               = "AIServices"
  sku_name                           = "S0"
  custom_subdomain_name              = "ais-explicit"
  outbound_network_access_restricted = false # expect: azure-cognitive-account-outbound-access-unrestricted
  fqdns                              = ["search.example.com"]
}
