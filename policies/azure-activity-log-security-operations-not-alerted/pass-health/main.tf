# Only service and resource health alerts: no security alerting here.
resource "azurerm_monitor_activity_log_alert" "service_health" {
  name                = "service-health"
  resource_group_name = "rg-ops"
  location            = "global"
  scopes              = ["/subscriptions/12345678-aaaa-bbbb-cccc-1234567890ab"]

  criteria {
    category = "ServiceHealth"
    service_health {
      events    = ["Incident", "Maintenance"]
      locations = ["West Europe"]
    }
  }
}

resource "azurerm_monitor_activity_log_alert" "vm_health" {
  name                = "vm-health"
  resource_group_name = "rg-ops"
  location            = "global"
  scopes              = ["/subscriptions/12345678-aaaa-bbbb-cccc-1234567890ab"]

  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Compute/virtualMachines/restart/action"
    resource_id    = "/subscriptions/12345678-aaaa-bbbb-cccc-1234567890ab/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/vm1"
  }
}

# A workload's own alert, scoped to its resource group.
resource "azurerm_monitor_activity_log_alert" "app_storage_changed" {
  name                = "app-storage-changed"
  resource_group_name = "rg-app"
  location            = "global"
  scopes              = ["/subscriptions/12345678-aaaa-bbbb-cccc-1234567890ab/resourceGroups/rg-app"]

  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Storage/storageAccounts/write"
    resource_id    = "/subscriptions/12345678-aaaa-bbbb-cccc-1234567890ab/resourceGroups/rg-app/providers/Microsoft.Storage/storageAccounts/stappdata"
  }
}
