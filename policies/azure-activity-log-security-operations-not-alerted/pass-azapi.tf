# Some alerts are written with AzAPI, which this policy does not read.
variable "subscription_id" {
  default = "/subscriptions/12345678-aaaa-bbbb-cccc-1234567890ab"
}

resource "azapi_resource" "policy_assignment_alert" {
  type      = "Microsoft.Insights/activityLogAlerts@2020-10-01"
  name      = "policy-assignment-write"
  parent_id = "${var.subscription_id}/resourceGroups/rg-audit"
  location  = "global"
  body = {
    properties = {
      enabled = true
      scopes  = [var.subscription_id]
      condition = {
        allOf = [
          { field = "category", equals = "Administrative" },
          { field = "operationName", equals = "Microsoft.Authorization/policyAssignments/write" },
        ]
      }
      actions = { actionGroups = [] }
    }
  }
}

resource "azurerm_monitor_activity_log_alert" "storage_deleted" {
  name                = "storage-deleted"
  resource_group_name = "rg-audit"
  location            = "global"
  scopes              = [var.subscription_id]

  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Storage/storageAccounts/delete"
  }
}
