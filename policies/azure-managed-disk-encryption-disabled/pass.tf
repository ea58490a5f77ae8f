# Server-side encryption only: the default.
resource "azurerm_managed_disk" "default" {
  name                 = "disk-default"
  location             = "westeurope"
  resource_group_name  = "rg"
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 64
}

resource "azurerm_managed_disk" "ade" {
  name                 = "disk-ade"
  location             = "westeurope"
  resource_group_name  = "rg"
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 64

  encryption_settings {
    enabled = true

    disk_encryption_key {
      secret_url      = "https://kv-example.vault.azure.net/secrets/disk/0123"
      source_vault_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv-example"
    }
  }
}

resource "azurerm_managed_disk" "cmk" {
  name                   = "disk-cmk"
  location               = "westeurope"
  resource_group_name    = "rg"
  storage_account_type   = "Premium_LRS"
  create_option          = "Empty"
  disk_size_gb           = 64
  disk_encryption_set_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Compute/diskEncryptionSets/des"
}
