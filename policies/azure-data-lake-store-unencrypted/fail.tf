resource "azurerm_data_lake_store" "raw" {
  name                = "acmeraw"
  resource_group_name = "rg"
  location            = "northeurope"
  encryption_state    = "Disabled" # expect: azure-data-lake-store-unencrypted
}
