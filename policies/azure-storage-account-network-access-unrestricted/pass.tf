variable "subnet_id" {}

resource "azurerm_storage_account" "deny" {
  name                     = "deny"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  network_rules {
    default_action             = "Deny"
    bypass                     = ["AzureServices"]
    virtual_network_subnet_ids = [var.subnet_id]
  }
}

# Private endpoints only.
resource "azurerm_storage_account" "private" {
  name                          = "private"
  resource_group_name           = "rg"
  location                      = "westeurope"
  account_tier                  = "Standard"
  account_replication_type      = "ZRS"
  public_network_access_enabled = false
}

resource "azurerm_storage_account" "separate" {
  name                     = "separate"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account_network_rules" "separate" {
  storage_account_id         = azurerm_storage_account.separate.id
  default_action             = "Deny"
  virtual_network_subnet_ids = [var.subnet_id]
}
