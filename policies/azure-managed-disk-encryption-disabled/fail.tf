resource "azurerm_managed_disk" "data" {
  name                 = "disk-data"
  location             = "westeurope"
  resource_group_name  = "rg"
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 64

  encryption_settings {
    enabled = false # expect: azure-managed-disk-encryption-disabled
  }
}

# The block written as an attribute.
resource "azurerm_managed_disk" "scratch" {
  name                 = "disk-scratch"
  location             = "westeurope"
  resource_group_name  = "rg"
  storage_account_type = "Standard_LRS"
  create_option        = "Empty"
  disk_size_gb         = 32

  encryption_settings = {
    enabled = "false" # expect: azure-managed-disk-encryption-disabled "`azurerm_managed_disk.scratch`"
  }
}
