resource "azurerm_mssql_firewall_rule" "azure_services" {
  name             = "AllowAllWindowsAzureIps"
  server_id        = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Sql/servers/sql"
  start_ip_address = "0.0.0.0" # expect: azure-database-firewall-allows-azure-services
  end_ip_address   = "0.0.0.0"
}

resource "azurerm_postgresql_flexible_server_firewall_rule" "azure" {
  name             = "allow-azure"
  server_id        = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/pg"
  start_ip_address = "0.0.0.0" # expect: azure-database-firewall-allows-azure-services
  end_ip_address   = "0.0.0.0"
}

variable "azure_start" {
  default = "0.0.0.0"
}

resource "azurerm_mysql_flexible_server_firewall_rule" "from_var" {
  name                = "azure"
  resource_group_name = "rg"
  server_name         = "mysql"
  start_ip_address    = var.azure_start # expect: azure-database-firewall-allows-azure-services
  end_ip_address      = var.azure_start
}
