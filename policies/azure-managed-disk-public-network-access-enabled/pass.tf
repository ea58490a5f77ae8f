variable "disk_access_id" {}

resource "azurerm_managed_disk" "no_public" {
  name                          = "data-nopublic"
  location                      = "westeurope"
  resource_group_name           = "rg"
  storage_account_type          = "Premium_LRS"
  create_option                 = "Empty"
  disk_size_gb                  = 128
  public_network_access_enabled = false
}

resource "azurerm_managed_disk" "deny_all" {
  name                  = "data-denyall"
  location              = "westeurope"
  resource_group_name   = "rg"
  storage_account_type  = "Premium_LRS"
  create_option         = "Empty"
  disk_size_gb          = 128
  network_access_policy = "DenyAll"
}

resource "azurerm_managed_disk" "private_export" {
  name                  = "data-private"
  location              = "westeurope"
  resource_group_name   = "rg"
  storage_account_type  = "Premium_LRS"
  create_option         = "Empty"
  disk_size_gb          = 128
  network_access_policy = "AllowPrivate"
  disk_access_id        = var.disk_access_id
}
