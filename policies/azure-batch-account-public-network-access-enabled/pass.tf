resource "azurerm_batch_account" "private" {
  name                          = "batchprivate"
  resource_group_name           = "rg"
  location                      = "westeurope"
  public_network_access_enabled = false
}

resource "azurerm_batch_account" "ip_rules" {
  name                = "batchiprules"
  resource_group_name = "rg"
  location            = "westeurope"

  network_profile {
    account_access {
      default_action = "Deny"
      ip_rule {
        ip_range = "203.0.113.0/24"
      }
    }
  }
}

resource "azurerm_batch_account" "default_deny" {
  name                = "batchdefaultdeny"
  resource_group_name = "rg"
  location            = "westeurope"

  network_profile {
    account_access {
      ip_rule {
        ip_range = "198.51.100.10"
      }
    }
  }
}

resource "azurerm_batch_account" "deny_lower_case" {
  name                          = "batchdenylower"
  resource_group_name           = "rg"
  location                      = "westeurope"
  public_network_access_enabled = true

  network_profile {
    account_access {
      default_action = "deny"
    }
  }
}
