resource "azurerm_servicebus_namespace" "private" {
  name                          = "sb-private"
  location                      = "westeurope"
  resource_group_name           = "rg"
  sku                           = "Premium"
  capacity                      = 1
  public_network_access_enabled = false
}

resource "azurerm_servicebus_namespace" "ip_rules" {
  name                = "sb-ip-rules"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "Premium"
  capacity            = 1

  network_rule_set {
    default_action = "Deny"
    ip_rules       = ["203.0.113.10"]
    network_rules {
      subnet_id = "subnet-id"
    }
  }
}

# Standard Service Bus cannot restrict networks.
resource "azurerm_servicebus_namespace" "standard" {
  name                = "sb-standard"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "Standard"
}

resource "azurerm_eventhub_namespace" "rules" {
  name                = "evh-rules"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "Standard"

  network_rulesets {
    default_action                 = "Deny"
    trusted_service_access_enabled = true
    ip_rule {
      ip_mask = "203.0.113.0/24"
      action  = "Allow"
    }
  }
}

resource "azurerm_eventhub_namespace" "ruleset_private" {
  name                = "evh-ruleset-private"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "Premium"

  network_rulesets {
    default_action                = "Allow"
    public_network_access_enabled = false
  }
}

resource "azurerm_eventhub_namespace" "basic" {
  name                = "evh-basic"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "Basic"
}

resource "azurerm_servicebus_namespace" "separate_rules" {
  name                = "sb-separate"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "Premium"
  capacity            = 1
}

resource "azurerm_servicebus_namespace_network_rule_set" "separate_rules" {
  namespace_id   = azurerm_servicebus_namespace.separate_rules.id
  default_action = "Deny"
  ip_rules       = ["203.0.113.10"]
}
