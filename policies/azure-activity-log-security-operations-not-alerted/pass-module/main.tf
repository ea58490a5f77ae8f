# The CIS alerts come from a shared module; this one adds its own.
module "subscription_alerts" {
  source = "git::https://example.com/platform/terraform-azure-activity-alerts.git?ref=v2.1.0"
}

resource "azurerm_monitor_activity_log_alert" "app_gateway_changed" {
  name                = "appgw-changed"
  resource_group_name = "rg-app"
  location            = "global"
  scopes              = ["/subscriptions/12345678-aaaa-bbbb-cccc-1234567890ab/resourceGroups/rg-app"]

  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Network/applicationGateways/write"
  }
}
