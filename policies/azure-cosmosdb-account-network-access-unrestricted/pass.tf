variable "subnet_id" {}

resource "azurerm_cosmosdb_account" "private" {
  name                          = "private"
  location                      = "westeurope"
  resource_group_name           = "rg"
  offer_type                    = "Standard"
  public_network_access_enabled = false

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

# azurerm v4: a set of ranges.
resource "azurerm_cosmosdb_account" "filtered" {
  name                = "filtered"
  location            = "westeurope"
  resource_group_name = "rg"
  offer_type          = "Standard"
  ip_range_filter     = ["203.0.113.0/24", "0.0.0.0"]

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

# azurerm v3: a comma-separated string.
resource "azurerm_cosmosdb_account" "filtered_v3" {
  name                = "filteredv3"
  location            = "westeurope"
  resource_group_name = "rg"
  offer_type          = "Standard"
  ip_range_filter     = "104.42.195.92,40.76.54.131,52.176.6.30"

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

resource "azurerm_cosmosdb_account" "vnet" {
  name                              = "vnet"
  location                          = "westeurope"
  resource_group_name               = "rg"
  offer_type                        = "Standard"
  is_virtual_network_filter_enabled = true

  virtual_network_rule {
    id = var.subnet_id
  }

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}
