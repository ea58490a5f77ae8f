resource "azurerm_storage_container" "site" {
  name                  = "site"
  storage_account_name  = "acmesite"
  container_access_type = "blob" # expect: azure-storage-container-public
}

variable "access" {
  default = "container"
}

resource "azurerm_storage_container" "listing" {
  name                  = "listing"
  storage_account_id    = "acme"
  container_access_type = var.access # expect: azure-storage-container-public
}
