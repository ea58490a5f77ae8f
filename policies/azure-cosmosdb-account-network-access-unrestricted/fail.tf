resource "azurerm_cosmosdb_account" "open" { # expect: azure-cosmosdb-account-network-access-unrestricted
  name                = "open"
  location            = "westeurope"
  resource_group_name = "rg"
  offer_type          = "Standard"
  kind                = "GlobalDocumentDB"

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

resource "azurerm_cosmosdb_account" "world" {
  name                          = "world"
  location                      = "westeurope"
  resource_group_name           = "rg"
  offer_type                    = "Standard"
  public_network_access_enabled = true
  ip_range_filter               = ["0.0.0.0/0"] # expect: azure-cosmosdb-account-network-access-unrestricted

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}
