resource "azurerm_managed_disk" "default" { # expect: azure-managed-disk-public-network-access-enabled
  name                 = "data-default"
  location             = "westeurope"
  resource_group_name  = "rg"
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 128
}

resource "azurerm_managed_disk" "explicit" {
  name                          = "data-explicit"
  location                      = "westeurope"
  resource_group_name           = "rg"
  storage_account_type          = "Standard_LRS"
  create_option                 = "Empty"
  disk_size_gb                  = 64
  network_access_policy         = "AllowAll"
  public_network_access_enabled = true # expect: azure-managed-disk-public-network-access-enabled
}
