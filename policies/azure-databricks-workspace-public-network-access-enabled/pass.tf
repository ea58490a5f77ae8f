resource "azurerm_databricks_workspace" "private" {
  name                                  = "dbw-private"
  resource_group_name                   = "rg"
  location                              = "westeurope"
  sku                                   = "premium"
  public_network_access_enabled         = false
  network_security_group_rules_required = "NoAzureDatabricksRules"

  custom_parameters {
    no_public_ip                                         = true
    virtual_network_id                                   = "vnet-id"
    public_subnet_name                                   = "host"
    private_subnet_name                                  = "container"
    public_subnet_network_security_group_association_id  = "nsga-host"
    private_subnet_network_security_group_association_id = "nsga-container"
  }
}
