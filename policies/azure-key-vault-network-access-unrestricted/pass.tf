variable "tenant_id" {}
variable "subnet_id" {}

resource "azurerm_key_vault" "deny" {
  name                     = "deny"
  location                 = "westeurope"
  resource_group_name      = "rg"
  tenant_id                = var.tenant_id
  sku_name                 = "standard"
  purge_protection_enabled = true

  network_acls {
    default_action             = "Deny"
    bypass                     = "AzureServices"
    ip_rules                   = ["203.0.113.0/24"]
    virtual_network_subnet_ids = [var.subnet_id]
  }
}

resource "azurerm_key_vault" "private" {
  name                          = "private"
  location                      = "westeurope"
  resource_group_name           = "rg"
  tenant_id                     = var.tenant_id
  sku_name                      = "premium"
  purge_protection_enabled      = true
  public_network_access_enabled = false
}
