resource "azurerm_cosmosdb_account" "orders" { # expect: azure-cosmosdb-account-backup-retention-short
  name                = "cosmos-orders"
  location            = "westeurope"
  resource_group_name = "rg-data"
  offer_type          = "Standard"

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

resource "azurerm_cosmosdb_account" "events" {
  name                = "cosmos-events"
  location            = "westeurope"
  resource_group_name = "rg-data"
  offer_type          = "Standard"

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }

  backup { # expect: azure-cosmosdb-account-backup-retention-short
    type                = "Periodic"
    interval_in_minutes = 240
    storage_redundancy  = "Geo"
  }
}

resource "azurerm_cosmosdb_account" "sessions" {
  name                = "cosmos-sessions"
  location            = "westeurope"
  resource_group_name = "rg-data"
  offer_type          = "Standard"

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }

  backup {
    interval_in_minutes = 60
    retention_in_hours  = 24 # expect: azure-cosmosdb-account-backup-retention-short
  }
}
