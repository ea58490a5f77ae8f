resource "azurerm_kusto_cluster" "telemetry" { # expect: azure-data-explorer-public-network-access-enabled "`azurerm_kusto_cluster.telemetry` accepts connections from every network"
  name                = "adxtelemetry"
  location            = "westeurope"
  resource_group_name = "rg-telemetry"

  sku {
    name     = "Standard_E2ads_v5"
    capacity = 2
  }
}

resource "azurerm_kusto_cluster" "audit" {
  name                          = "adxaudit"
  location                      = "westeurope"
  resource_group_name           = "rg-telemetry"
  public_network_access_enabled = true
  allowed_ip_ranges             = ["203.0.113.0/24", "0.0.0.0/0"] # expect: azure-data-explorer-public-network-access-enabled "allows every address"

  sku {
    name     = "Standard_E2ads_v5"
    capacity = 2
  }
}
