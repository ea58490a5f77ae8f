resource "azurerm_postgresql_server" "orders" { # expect: azure-database-threat-detection-disabled "no `threat_detection_policy`"
  name                = "acme-orders-pg"
  location            = "westeurope"
  resource_group_name = "rg-orders"

  sku_name   = "GP_Gen5_2"
  version    = "11"
  storage_mb = 102400

  administrator_login          = "pgadmin"
  administrator_login_password = var.pg_admin_password

  backup_retention_days            = 14
  geo_redundant_backup_enabled     = true
  public_network_access_enabled    = false
  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_2"
}

variable "pg_admin_password" {
  type      = string
  sensitive = true
}

resource "azurerm_mysql_server" "billing" {
  name                = "acme-billing-mysql"
  location            = "westeurope"
  resource_group_name = "rg-billing"

  sku_name   = "GP_Gen5_4"
  version    = "8.0"
  storage_mb = 51200

  administrator_login          = "mysqladmin"
  administrator_login_password = var.mysql_admin_password

  public_network_access_enabled    = false
  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_2"

  threat_detection_policy {
    enabled              = false # expect: azure-database-threat-detection-disabled "is not enabled"
    email_account_admins = true
  }
}

variable "mysql_admin_password" {
  type      = string
  sensitive = true
}

# The block is there but says nothing of `enabled`: the provider then turns
# the alert policy off.
resource "azurerm_postgresql_server" "reports" {
  name                = "acme-reports-pg"
  location            = "westeurope"
  resource_group_name = "rg-reports"

  sku_name   = "GP_Gen5_2"
  version    = "11"
  storage_mb = 51200

  administrator_login          = "pgadmin"
  administrator_login_password = var.pg_admin_password

  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_2"

  threat_detection_policy { # expect: azure-database-threat-detection-disabled "`azurerm_postgresql_server.reports`"
    email_addresses = ["dba@example.com"]
    retention_days  = 30
  }
}

# An advanced threat protection setting that is off does not count.
resource "azurerm_mysql_server" "legacy" { # expect: azure-database-threat-detection-disabled "`azurerm_mysql_server.legacy`"
  name                = "acme-legacy-mysql"
  location            = "westeurope"
  resource_group_name = "rg-legacy"

  sku_name   = "GP_Gen5_2"
  version    = "5.7"
  storage_mb = 51200

  administrator_login          = "mysqladmin"
  administrator_login_password = var.mysql_admin_password

  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_2"
}

resource "azurerm_advanced_threat_protection" "legacy" {
  target_resource_id = azurerm_mysql_server.legacy.id
  enabled            = false
}

# Neither a Free plan for open-source databases nor a Standard plan for
# other resources covers the servers above.
resource "azurerm_security_center_subscription_pricing" "oss_databases" {
  tier          = "Free"
  resource_type = "OpenSourceRelationalDatabases"
}

resource "azurerm_security_center_subscription_pricing" "sql" {
  tier          = "Standard"
  resource_type = "SqlServers"
}
