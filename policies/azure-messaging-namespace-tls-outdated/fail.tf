resource "azurerm_eventhub_namespace" "old" {
  name                = "old"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "Standard"
  minimum_tls_version = "1.0" # expect: azure-messaging-namespace-tls-outdated "`1.0`"
}

resource "azurerm_servicebus_namespace" "old" {
  name                = "old"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "Standard"
  minimum_tls_version = "1.1" # expect: azure-messaging-namespace-tls-outdated "Service Bus"
}
