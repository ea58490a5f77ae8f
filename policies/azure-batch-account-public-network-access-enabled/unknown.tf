variable "account_default_action" {}

resource "azurerm_batch_account" "unknown" {
  name                = "batchunknown"
  resource_group_name = "rg"
  location            = "westeurope"

  network_profile {
    account_access {
      default_action = var.account_default_action # expect: azure-batch-account-public-network-access-enabled unknown
    }
  }
}
