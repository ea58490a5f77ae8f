variable "threat_detection_enabled" {
  type = bool
}

variable "atp_enabled" {
  type = bool
}

variable "pg_admin_password" {
  type      = string
  sensitive = true
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

  threat_detection_policy {
    enabled = var.threat_detection_enabled # expect: azure-database-threat-detection-disabled unknown
  }
}

resource "azurerm_mysql_server" "billing" { # expect: azure-database-threat-detection-disabled unknown
  name                = "acme-billing-mysql"
  location            = "westeurope"
  resource_group_name = "rg-billing"

  sku_name   = "GP_Gen5_4"
  version    = "8.0"
  storage_mb = 51200

  administrator_login          = "mysqladmin"
  administrator_login_password = "unused"

  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_2"
}

resource "azurerm_advanced_threat_protection" "billing" {
  target_resource_id = azurerm_mysql_server.billing.id
  enabled            = var.atp_enabled
}
