resource "azurerm_cognitive_account" "restricted" {
  name                               = "oai-restricted"
  location                           = "swedencentral"
  resource_group_name                = "rg"
  kind                               = "OpenAI"
  sku_name                           = "S0"
  custom_subdomain_name              = "oai-restricted"
  local_auth_enabled                 = false
  public_network_access_enabled      = false
  outbound_network_access_restricted = true
  fqdns                              = ["srch-docs.search.windows.net", "stdocs.blob.core.windows.net"]
}

resource "azurerm_cognitive_account" "no_outbound" {
  name                               = "oai-none"
  location                           = "swedencentral"
  resource_group_name                = "rg"
  kind                               = "OpenAI"
  sku_name                           = "S0"
  custom_subdomain_name              = "oai-none"
  outbound_network_access_restricted = true
}

resource "azurerm_cognitive_account" "translator" {
  name                = "translator"
  location            = "westeurope"
  resource_group_name = "rg"
  kind                = "TextTranslation"
  sku_name            = "S1"
}
