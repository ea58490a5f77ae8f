resource "azurerm_batch_account" "default" { # expect: azure-batch-account-public-network-access-enabled
  name                = "batchdefault"
  resource_group_name = "rg"
  location            = "westeurope"
}

resource "azurerm_batch_account" "allow" {
  name                          = "batchallow"
  resource_group_name           = "rg"
  location                      = "westeurope"
  public_network_access_enabled = true

  network_profile { # expect: azure-batch-account-public-network-access-enabled
    account_access {
      default_action = "Allow"
    }
    node_management_access {
      default_action = "Deny"
    }
  }
}

resource "azurerm_batch_account" "nodes_only" {
  name                = "batchnodes"
  resource_group_name = "rg"
  location            = "westeurope"

  network_profile { # expect: azure-batch-account-public-network-access-enabled
    node_management_access {
      default_action = "Deny"
    }
  }
}

# Azure reads the action without regard to case: `allow` is `Allow`.
resource "azurerm_batch_account" "allow_lower_case" {
  name                = "batchallowlower"
  resource_group_name = "rg"
  location            = "westeurope"

  network_profile { # expect: azure-batch-account-public-network-access-enabled "accepts connections from every network"
    account_access {
      default_action = "allow"
    }
  }
}
