# Every CIS operation is watched: most by name (case does not matter), the
# public IP changes through an alert on the resource type.
locals {
  cis_operations = {
    policy_assignment_write = "Microsoft.Authorization/policyAssignments/write"
    policy_assignment_del   = "microsoft.authorization/policyassignments/delete"
    nsg_write               = "Microsoft.Network/networkSecurityGroups/write"
    nsg_delete              = "Microsoft.Network/networkSecurityGroups/delete"
    solution_write          = "Microsoft.Security/securitySolutions/write"
    solution_delete         = "Microsoft.Security/securitySolutions/delete"
    sql_fw_write            = "Microsoft.Sql/servers/firewallRules/write"
    sql_fw_delete           = "Microsoft.Sql/servers/firewallRules/delete"
  }
}

resource "azurerm_monitor_activity_log_alert" "cis" {
  for_each            = local.cis_operations
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

resource "azurerm_monitor_activity_log_alert" "public_ip" {
  name                = "cis-public-ip-changes"
  resource_group_name = "rg-audit"
  location            = "global"
  scopes              = ["/subscriptions/12345678-aaaa-bbbb-cccc-1234567890ab"]

  criteria {
    category      = "Administrative"
    resource_type = "Microsoft.Network/publicIPAddresses"
  }

  action {
    action_group_id = "/subscriptions/12345678-aaaa-bbbb-cccc-1234567890ab/resourceGroups/rg-audit/providers/Microsoft.Insights/actionGroups/ag-audit"
  }
}
