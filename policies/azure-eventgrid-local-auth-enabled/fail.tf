resource "azurerm_eventgrid_topic" "default" { # expect: azure-eventgrid-local-auth-enabled "topic `azurerm_eventgrid_topic.default`"
  name                = "egt-default"
  location            = "westeurope"
  resource_group_name = "rg"
}

resource "azurerm_eventgrid_domain" "explicit" {
  name                = "egd-explicit"
  location            = "westeurope"
  resource_group_name = "rg"
  local_auth_enabled  = true # expect: azure-eventgrid-local-auth-enabled "domain"
}
