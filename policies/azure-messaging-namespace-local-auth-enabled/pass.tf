resource "azurerm_servicebus_namespace" "entra" {
  name                = "sb-entra"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "Premium"
  capacity            = 1
  local_auth_enabled  = false
  minimum_tls_version = "1.2"
}

variable "local_auth" {
  type    = bool
  default = false
}

resource "azurerm_eventhub_namespace" "entra" {
  name                = "evh-entra"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "Standard"
  local_auth_enabled  = var.local_auth
}

resource "azurerm_eventhub_namespace" "entra_v3" {
  name                         = "evh-entra-v3"
  location                     = "westeurope"
  resource_group_name          = "rg"
  sku                          = "Standard"
  local_authentication_enabled = false
}
