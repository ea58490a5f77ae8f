# A security monitoring module that alerts on a few operations, but not on
# all the changes the CIS benchmark asks for.
resource "azurerm_monitor_action_group" "secops" {
  name                = "ag-secops"
  resource_group_name = "rg-monitoring"
  short_name          = "secops"

  email_receiver {
    name          = "soc"
    email_address = "soc@contoso.example"
  }
}

resource "azurerm_monitor_activity_log_alert" "nsg_changed" { # expect: azure-activity-log-security-operations-not-alerted
  name                = "alert-nsg-changed"
  resource_group_name = "rg-monitoring"
  location            = "global"
  scopes              = ["/subscriptions/12345678-aaaa-bbbb-cccc-1234567890ab"]

  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Network/networkSecurityGroups/write"
  }

  action {
    action_group_id = azurerm_monitor_action_group.secops.id
  }
}

resource "azurerm_monitor_activity_log_alert" "vault_deleted" {
  name                = "alert-vault-deleted"
  resource_group_name = "rg-monitoring"
  location            = "global"
  scopes              = ["/subscriptions/12345678-aaaa-bbbb-cccc-1234567890ab"]

  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.KeyVault/vaults/delete"
  }

  action {
    action_group_id = azurerm_monitor_action_group.secops.id
  }
}

# A module whose source only contains the letters "cis" inside a word.
module "decisions" {
  source = "./modules/decision-engine"
}

# Switched off: does not count.
resource "azurerm_monitor_activity_log_alert" "all_admin_off" {
  name                = "alert-all-admin"
  resource_group_name = "rg-monitoring"
  location            = "global"
  scopes              = ["/subscriptions/12345678-aaaa-bbbb-cccc-1234567890ab"]
  enabled             = false

  criteria {
    category = "Administrative"
  }
}
