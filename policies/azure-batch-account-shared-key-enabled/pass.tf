resource "azurerm_batch_account" "render" {
  name                         = "batchrender"
  resource_group_name          = "rg-batch"
  location                     = "westeurope"
  allowed_authentication_modes = ["AAD", "TaskAuthenticationToken"]
}
