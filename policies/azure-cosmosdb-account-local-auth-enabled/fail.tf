resource "azurerm_cosmosdb_account" "default" { # expect: azure-cosmosdb-account-local-auth-enabled "`azurerm_cosmosdb_account.default`"
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

resource "azurerm_cosmosdb_account" "v3_explicit" {
  name                          = "cosmos-v3"
  location                      = "westeurope"
  resource_group_name           = "rg"
  offer_type                    = "Standard"
  kind                          = "GlobalDocumentDB"
  local_authentication_disabled = false # expect: azure-cosmosdb-account-local-auth-enabled

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

resource "azurerm_cosmosdb_account" "v4_explicit" {
  name                         = "cosmos-v4"
  location                     = "westeurope"
  resource_group_name          = "rg"
  offer_type                   = "Standard"
  local_authentication_enabled = true # expect: azure-cosmosdb-account-local-auth-enabled

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}
