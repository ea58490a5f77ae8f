# The operations come from a variable without a default: attest cannot tell
# which ones are watched.
variable "alerts" {
  type = map(object({ operation = string }))
}

resource "azurerm_monitor_activity_log_alert" "fixed" { # expect: azure-activity-log-security-operations-not-alerted unknown
  name                = "nsg-delete"
  resource_group_name = "rg-sec"
  location            = "global"
  scopes              = ["/subscriptions/12345678-aaaa-bbbb-cccc-1234567890ab"]

  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Network/networkSecurityGroups/delete"
  }
}

resource "azurerm_monitor_activity_log_alert" "custom" {
  for_each            = var.alerts
  name                = each.key
  resource_group_name = "rg-sec"
  location            = "global"
  scopes              = ["/subscriptions/12345678-aaaa-bbbb-cccc-1234567890ab"]

  criteria {
    category       = "Administrative"
    operation_name = each.value.operation
  }
}
