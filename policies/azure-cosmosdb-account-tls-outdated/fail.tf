resource "azurerm_cosmosdb_account" "orders" {
  name                = "cosmos-orders"
  location            = "westeurope"
  resource_group_name = "rg-orders"
  offer_type          = "Standard"
  kind                = "GlobalDocumentDB"
  minimal_tls_version = "Tls11" # expect: azure-cosmosdb-account-tls-outdated "`azurerm_cosmosdb_account.orders` accepts `Tls11`"

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

resource "azurerm_cosmosdb_account" "legacy" {
  name                = "cosmos-legacy"
  location            = "westeurope"
  resource_group_name = "rg-orders"
  offer_type          = "Standard"
  minimal_tls_version = "Tls" # expect: azure-cosmosdb-account-tls-outdated "`azurerm_cosmosdb_account.legacy` accepts `Tls`"

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}
