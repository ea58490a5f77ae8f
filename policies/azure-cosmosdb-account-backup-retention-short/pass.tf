resource "azurerm_cosmosdb_account" "orders" {
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

  backup {
    type = "Continuous"
    tier = "Continuous30Days"
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

  backup {
    type                = "Periodic"
    interval_in_minutes = 240
    retention_in_hours  = 168
    storage_redundancy  = "Geo"
  }
}
