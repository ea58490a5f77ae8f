resource "azurerm_app_configuration" "disabled" {
  name                  = "appconf-disabled"
  resource_group_name   = "rg"
  location              = "westeurope"
  sku                   = "standard"
  public_network_access = "Disabled"
}

# Unset: Azure disables public access once the private endpoint exists.
resource "azurerm_app_configuration" "with_endpoint" {
  name                = "appconf-pe"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "standard"
}

resource "azurerm_private_endpoint" "appconf" {
  name                = "pe-appconf"
  location            = "westeurope"
  resource_group_name = "rg"
  subnet_id           = "subnet-id"

  private_service_connection {
    name                           = "appconf"
    private_connection_resource_id = azurerm_app_configuration.with_endpoint.id
    subresource_names              = ["configurationStores"]
    is_manual_connection           = false
  }
}
