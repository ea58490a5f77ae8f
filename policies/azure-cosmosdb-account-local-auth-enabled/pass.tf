resource "azurerm_cosmosdb_account" "v3" {
  name                          = "cosmos-v3"
  location                      = "westeurope"
  resource_group_name           = "rg"
  offer_type                    = "Standard"
  kind                          = "GlobalDocumentDB"
  local_authentication_disabled = true

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

resource "azurerm_cosmosdb_account" "v4" {
  name                         = "cosmos-v4"
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

# The MongoDB API has no Entra ID data-plane authorisation: skipped.
resource "azurerm_cosmosdb_account" "mongo" {
  name                = "cosmos-mongo"
  location            = "westeurope"
  resource_group_name = "rg"
  offer_type          = "Standard"
  kind                = "MongoDB"

  capabilities {
    name = "EnableMongo"
  }

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}
