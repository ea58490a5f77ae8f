resource "azurerm_data_lake_store" "default" {
  name                = "acmedefault"
  resource_group_name = "rg"
  location            = "northeurope"
}

resource "azurerm_data_lake_store" "service_managed" {
  name                = "acmecurated"
  resource_group_name = "rg"
  location            = "northeurope"
  encryption_state    = "Enabled"
  encryption_type     = "ServiceManaged"
}
