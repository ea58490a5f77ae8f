# No modes listed: Azure allows all three, shared keys included.
resource "azurerm_batch_account" "render" { # expect: azure-batch-account-shared-key-enabled "`azurerm_batch_account.render`"
  name                = "batchrender"
  resource_group_name = "rg-batch"
  location            = "westeurope"
}

resource "azurerm_batch_account" "etl" {
  name                         = "batchetl"
  resource_group_name          = "rg-batch"
  location                     = "westeurope"
  allowed_authentication_modes = ["AAD", "SharedKey"] # expect: azure-batch-account-shared-key-enabled "`azurerm_batch_account.etl`"
}
