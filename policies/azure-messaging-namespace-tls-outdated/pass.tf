resource "azurerm_eventhub_namespace" "default" {
  name                = "default"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "Standard"
}

resource "azurerm_servicebus_namespace" "current" {
  name                = "current"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "Premium"
  minimum_tls_version = "1.2"
}
