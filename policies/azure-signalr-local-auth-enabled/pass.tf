resource "azurerm_signalr_service" "chat" {
  name                = "sigr-chat-neu"
  location            = "northeurope"
  resource_group_name = "rg-realtime"
  local_auth_enabled  = false

  sku {
    name     = "Premium_P1"
    capacity = 1
  }
}

variable "wps_local_auth" {
  type    = bool
  default = false
}

resource "azurerm_web_pubsub" "notify" {
  name                = "wps-notify-neu"
  location            = "northeurope"
  resource_group_name = "rg-realtime"
  sku                 = "Standard_S1"
  local_auth_enabled  = var.wps_local_auth
}
