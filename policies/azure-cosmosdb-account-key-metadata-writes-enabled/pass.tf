resource "azurerm_cosmosdb_account" "locked" {
  name                               = "cosmos-locked"
  location                           = "westeurope"
  resource_group_name                = "rg"
  offer_type                         = "Standard"
  access_key_metadata_writes_enabled = false

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

resource "azurerm_cosmosdb_account" "entra_only" {
  name                         = "cosmos-entra"
  location                     = "westeurope"
  resource_group_name          = "rg"
  offer_type                   = "Standard"
  local_authentication_enabled = false

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

resource "azurerm_cosmosdb_account" "entra_only_v3" {
  name                          = "cosmos-entra-v3"
  location                      = "westeurope"
  resource_group_name           = "rg"
  offer_type                    = "Standard"
  local_authentication_disabled = true

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}
