# Defender for open-source relational databases covers every PostgreSQL,
# MySQL and MariaDB server of the subscription.
resource "azurerm_security_center_subscription_pricing" "oss_databases" {
  tier          = "Standard"
  resource_type = "OpenSourceRelationalDatabases"
}

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

  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_2"

  threat_detection_policy {
    enabled = false
  }
}

variable "mysql_admin_password" {
  type      = string
  sensitive = true
}
