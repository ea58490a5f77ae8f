# One alert on every Administrative event of the subscription watches the
# CIS operations too.
resource "azurerm_monitor_activity_log_alert" "sql_fw" {
  name                = "sql-firewall-write"
  resource_group_name = "rg-sec"
  location            = "global"
  scopes              = ["/subscriptions/12345678-aaaa-bbbb-cccc-1234567890ab"]

  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Sql/servers/firewallRules/write"
  }
}

resource "azurerm_monitor_activity_log_alert" "every_admin_event" {
  name                = "every-admin-event"
  resource_group_name = "rg-sec"
  location            = "global"
  scopes              = ["/subscriptions/12345678-aaaa-bbbb-cccc-1234567890ab"]

  criteria {
    category = "Administrative"
    level    = "Informational"
  }
}
