resource "azurerm_cognitive_account" "openai" { # expect: azure-cognitive-account-local-auth-enabled "`azurerm_cognitive_account.openai`"
  name                = "oai-default"
  location            = "swedencentral"
  resource_group_name = "rg"
  kind                = "OpenAI"
  sku_name            = "S0"
}

resource "azurerm_cognitive_account" "speech" {
  name                = "speech"
  location            = "westeurope"
  resource_group_name = "rg"
  kind                = "SpeechServices"
  sku_name            = "S0"
  local_auth_enabled  = true # expect: azure-cognitive-account-local-auth-enabled
}
