resource "azurerm_mssql_managed_instance" "finance" {
  name                         = "sqlmi-finance"
  resource_group_name          = "rg-finance"
  location                     = "westeurope"
  license_type                 = "BasePrice"
  sku_name                     = "GP_Gen5"
  storage_size_in_gb           = 32
  subnet_id                    = azurerm_subnet.sqlmi.id
  vcores                       = 4
  administrator_login          = "sqladmin"
  administrator_login_password = var.sqlmi_admin_password
  minimum_tls_version          = "1.2"
  public_data_endpoint_enabled = true # expect: azure-mssql-managed-instance-public-endpoint-enabled "`azurerm_mssql_managed_instance.finance`"
}
