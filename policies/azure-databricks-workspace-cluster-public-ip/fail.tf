resource "azurerm_databricks_workspace" "analytics" {
  name                          = "dbw-analytics"
  resource_group_name           = "rg-analytics"
  location                      = "westeurope"
  sku                           = "premium"
  public_network_access_enabled = false

  custom_parameters {
    virtual_network_id                                   = azurerm_virtual_network.analytics.id
    public_subnet_name                                   = "dbw-host"
    private_subnet_name                                  = "dbw-container"
    public_subnet_network_security_group_association_id  = azurerm_subnet_network_security_group_association.host.id
    private_subnet_network_security_group_association_id = azurerm_subnet_network_security_group_association.container.id
    no_public_ip                                         = false # expect: azure-databricks-workspace-cluster-public-ip "`azurerm_databricks_workspace.analytics`"
  }
}
