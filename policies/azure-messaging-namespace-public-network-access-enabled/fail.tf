resource "azurerm_servicebus_namespace" "premium" { # expect: azure-messaging-namespace-public-network-access-enabled "Service Bus namespace `azurerm_servicebus_namespace.premium` accepts"
  name                = "sb-premium"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "Premium"
  capacity            = 1
}

resource "azurerm_servicebus_namespace" "allow" {
  name                = "sb-allow"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "Premium"
  capacity            = 1

  network_rule_set {
    default_action = "Allow" # expect: azure-messaging-namespace-public-network-access-enabled "Service Bus namespace `azurerm_servicebus_namespace.allow` allows"
    ip_rules       = ["203.0.113.10"]
  }
}

resource "azurerm_eventhub_namespace" "standard" { # expect: azure-messaging-namespace-public-network-access-enabled "Event Hubs namespace `azurerm_eventhub_namespace.standard` accepts"
  name                = "evh-standard"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "Standard"
}

resource "azurerm_eventhub_namespace" "allow" {
  name                = "evh-allow"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "Premium"

  network_rulesets {
    default_action = "Allow" # expect: azure-messaging-namespace-public-network-access-enabled "Event Hubs namespace `azurerm_eventhub_namespace.allow` allows"
  }
}
