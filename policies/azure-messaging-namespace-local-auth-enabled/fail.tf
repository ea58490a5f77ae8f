resource "azurerm_servicebus_namespace" "default" { # expect: azure-messaging-namespace-local-auth-enabled "Service Bus namespace `azurerm_servicebus_namespace.default`"
  name                = "sb-default"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "Standard"
}

resource "azurerm_servicebus_namespace" "explicit" {
  name                = "sb-explicit"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "Premium"
  capacity            = 1
  local_auth_enabled  = true # expect: azure-messaging-namespace-local-auth-enabled
}

resource "azurerm_eventhub_namespace" "default" { # expect: azure-messaging-namespace-local-auth-enabled "Event Hubs namespace"
  name                = "evh-default"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "Standard"
  capacity            = 1
}

resource "azurerm_eventhub_namespace" "explicit" {
  name                = "evh-explicit"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "Standard"
  local_auth_enabled  = "true" # expect: azure-messaging-namespace-local-auth-enabled
}
