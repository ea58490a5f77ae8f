# The subscription comes from a data source: its ID is not known statically.
data "azurerm_subscription" "current" {}

resource "azurerm_monitor_action_group" "security" {
  name                = "ag-security"
  resource_group_name = "rg-sec"
  short_name          = "security"

  email_receiver {
    name          = "secops"
    email_address = "secops@fabrikam.example"
  }
}

resource "azurerm_monitor_activity_log_alert" "policy_assignment" { # expect: azure-activity-log-security-operations-not-alerted
  name                = "policy-assignment-created"
  resource_group_name = "rg-sec"
  location            = "global"
  scopes              = [data.azurerm_subscription.current.id]

  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Authorization/policyAssignments/write"
  }

  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}
