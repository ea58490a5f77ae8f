resource "azapi_resource" "telemetry" {
  type      = "Microsoft.Kusto/clusters@2023-08-15"
  name      = "adxtelemetry"
  location  = "westeurope"
  parent_id = azurerm_resource_group.telemetry.id

  body = {
    sku = {
      name     = "Standard_E2ads_v5"
      tier     = "Standard"
      capacity = 2
    }
    properties = { # expect: azure-data-explorer-public-network-access-enabled "`azapi_resource.telemetry` accepts connections from every network"
      enableDiskEncryption = true
    }
  }
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
      publicNetworkAccess = "Enabled"
      allowedIpRangeList  = ["0.0.0.0/0"] # expect: azure-data-explorer-public-network-access-enabled "allows every address in `allowedIpRangeList`"
    }
  }
}
