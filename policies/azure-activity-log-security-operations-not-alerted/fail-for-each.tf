# Alerts from a known map: the public IP and SQL firewall operations are
# missing.
locals {
  watched = {
    assign_write = "Microsoft.Authorization/policyAssignments/write"
    assign_del   = "Microsoft.Authorization/policyAssignments/delete"
    nsg_write    = "Microsoft.Network/networkSecurityGroups/write"
    nsg_del      = "Microsoft.Network/networkSecurityGroups/delete"
    sol_write    = "Microsoft.Security/securitySolutions/write"
    sol_del      = "Microsoft.Security/securitySolutions/delete"
  }
}

resource "azurerm_monitor_activity_log_alert" "cis" { # expect: azure-activity-log-security-operations-not-alerted
  for_each            = local.watched
  name                = "cis-${each.key}"
  resource_group_name = "rg-audit"
  location            = "global"
  scopes              = ["/subscriptions/12345678-aaaa-bbbb-cccc-1234567890ab"]

  criteria {
    category       = "Administrative"
    operation_name = each.value
  }

  action {
    action_group_id = "/subscriptions/12345678-aaaa-bbbb-cccc-1234567890ab/resourceGroups/rg-audit/providers/Microsoft.Insights/actionGroups/ag-audit"
  }
}
