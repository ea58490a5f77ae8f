resource "azurerm_storage_container" "default" {
  name                 = "data"
  storage_account_name = "acmedata"
}

resource "azurerm_storage_container" "explicit" {
  name                  = "reports"
  storage_account_name  = "acmedata"
  container_access_type = "private"
}
