resource "azurerm_signalr_service" "chat" { # expect: azure-signalr-local-auth-enabled "`azurerm_signalr_service.chat`"
  name                = "sigr-chat-weu"
  location            = "westeurope"
  resource_group_name = "rg-realtime"

  sku {
    name     = "Standard_S1"
    capacity = 1
  }
}

resource "azurerm_web_pubsub" "notify" {
  name                = "wps-notify-weu"
  location            = "westeurope"
  resource_group_name = "rg-realtime"
  sku                 = "Standard_S1"
  capacity            = 1
  local_auth_enabled  = true # expect: azure-signalr-local-auth-enabled "`azurerm_web_pubsub.notify`"
}
