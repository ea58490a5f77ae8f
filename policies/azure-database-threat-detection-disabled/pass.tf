resource "azurerm_postgresql_server" "orders" {
  name                = "acme-orders-pg"
  location            = "westeurope"
  resource_group_name = "rg-orders"

  sku_name   = "GP_Gen5_2"
  version    = "11"
  storage_mb = 102400

  administrator_login          = "pgadmin"
  administrator_login_password = var.pg_admin_password

  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_2"

  threat_detection_policy {
    enabled              = true
    email_addresses      = ["security@example.com"]
    email_account_admins = true
    retention_days       = 90
  }
}

variable "pg_admin_password" {
  type      = string
  sensitive = true
}

variable "threat_detection_enabled" {
  type    = bool
  default = true
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

  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_2"

  threat_detection_policy {
    enabled         = var.threat_detection_enabled
    email_addresses = ["security@example.com"]
  }
}

variable "mysql_admin_password" {
  type      = string
  sensitive = true
}

# Threat protection turned on by a separate resource.
resource "azurerm_postgresql_server" "analytics" {
  name                = "acme-analytics-pg"
  location            = "westeurope"
  resource_group_name = "rg-analytics"

  sku_name   = "GP_Gen5_2"
  version    = "11"
  storage_mb = 51200

  administrator_login          = "pgadmin"
  administrator_login_password = var.pg_admin_password

  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_2"

  threat_detection_policy {
    enabled = false
  }
}

resource "azurerm_advanced_threat_protection" "analytics" {
  target_resource_id = azurerm_postgresql_server.analytics.id
  enabled            = true
}

resource "azurerm_mysql_server" "crm" {
  name                = "acme-crm-mysql"
  location            = "westeurope"
  resource_group_name = "rg-crm"

  sku_name   = "GP_Gen5_2"
  version    = "8.0"
  storage_mb = 51200

  administrator_login          = "mysqladmin"
  administrator_login_password = var.mysql_admin_password

  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_2"
}

resource "azurerm_advanced_threat_protection" "crm" {
  target_resource_id = azurerm_mysql_server.crm.id
  enabled            = true
}

# Flexible servers are not this policy's: their protection is the
# subscription's Defender plan.
resource "azurerm_postgresql_flexible_server" "new" {
  name                = "acme-new-pg"
  location            = "westeurope"
  resource_group_name = "rg-new"
  version             = "16"
  sku_name            = "GP_Standard_D2s_v3"
  storage_mb          = 65536
}

# Nor are Azure SQL servers: `azure-mssql-threat-detection-disabled` checks
# their alert policies.
resource "azurerm_mssql_server" "ledger" {
  name                         = "acme-ledger-sql"
  resource_group_name          = "rg-ledger"
  location                     = "westeurope"
  version                      = "12.0"
  minimum_tls_version          = "1.2"
  administrator_login          = "sqladmin"
  administrator_login_password = var.pg_admin_password
}
