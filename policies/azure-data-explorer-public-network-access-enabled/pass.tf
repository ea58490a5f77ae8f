resource "azurerm_kusto_cluster" "telemetry" {
  name                          = "adxtelemetry"
  location                      = "westeurope"
  resource_group_name           = "rg-telemetry"
  public_network_access_enabled = false

  sku {
    name     = "Standard_E2ads_v5"
    capacity = 2
  }
}

resource "azurerm_kusto_cluster" "audit" {
  name                = "adxaudit"
  location            = "westeurope"
  resource_group_name = "rg-telemetry"
  allowed_ip_ranges   = ["203.0.113.0/24"]

  sku {
    name     = "Standard_E2ads_v5"
    capacity = 2
  }
}
