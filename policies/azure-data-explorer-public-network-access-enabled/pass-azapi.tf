resource "azapi_resource" "telemetry" {
  type      = "Microsoft.Kusto/clusters@2023-08-15"
  name      = "adxtelemetry"
  location  = "westeurope"
  parent_id = azurerm_resource_group.telemetry.id

  body = jsonencode({
    sku = {
      name     = "Standard_E2ads_v5"
      tier     = "Standard"
      capacity = 2
    }
    properties = {
      publicNetworkAccess = "Disabled"
    }
  })
}

resource "azapi_resource" "audit" {
  type      = "Microsoft.Kusto/clusters@2023-08-15"
  name      = "adxaudit"
  location  = "westeurope"
  parent_id = azurerm_resource_group.telemetry.id

  body = {
    sku = {
      name     = "Standard_E2ads_v5"
      tier     = "Standard"
      capacity = 2
    }
    properties = {
      allowedIpRangeList = ["203.0.113.0/24"]
    }
  }
}

resource "azapi_resource" "db" {
  type      = "Microsoft.Kusto/clusters/databases@2023-08-15"
  name      = "telemetry"
  location  = "westeurope"
  parent_id = azapi_resource.audit.id
  body = {
    kind       = "ReadWrite"
    properties = {}
  }
}
