resource "azurerm_cosmosdb_account" "default" { # expect: azure-cosmosdb-account-key-metadata-writes-enabled
  name                = "cosmos-default"
  location            = "westeurope"
  resource_group_name = "rg"
  offer_type          = "Standard"

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

resource "azurerm_cosmosdb_account" "explicit" {
  name                               = "cosmos-explicit"
  location                           = "westeurope"
  resource_group_name                = "rg"
  offer_type                         = "Standard"
  access_key_metadata_writes_enabled = true # expect: azure-cosmosdb-account-key-metadata-writes-enabled

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}
