resource "azurerm_app_configuration" "default" { # expect: azure-app-configuration-public-network-access-enabled "has no private endpoint"
  name                = "appconf-default"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "standard"
}

resource "azurerm_app_configuration" "enabled" {
  name                  = "appconf-enabled"
  resource_group_name   = "rg"
  location              = "westeurope"
  sku                   = "standard"
  public_network_access = "Enabled" # expect: azure-app-configuration-public-network-access-enabled "every network"
}

# The private endpoint does not turn off public access that is set explicitly.
resource "azurerm_private_endpoint" "enabled" {
  name                = "pe-appconf-enabled"
  location            = "westeurope"
  resource_group_name = "rg"
  subnet_id           = "subnet-id"

  private_service_connection {
    name                           = "appconf"
    private_connection_resource_id = azurerm_app_configuration.enabled.id
    subresource_names              = ["configurationStores"]
    is_manual_connection           = false
  }
}
