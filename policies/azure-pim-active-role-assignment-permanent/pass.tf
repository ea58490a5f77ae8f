variable "subscription_id" {}
variable "oncall_group_id" {}
variable "owner_role_id" {}

resource "azurerm_pim_active_role_assignment" "incident" {
  scope              = "/subscriptions/${var.subscription_id}"
  role_definition_id = var.owner_role_id
  principal_id       = var.oncall_group_id
  justification      = "Incident 4711"

  schedule {
    start_date_time = "2026-03-01T08:00:00Z"
    expiration {
      duration_hours = 4
    }
  }
}

resource "azurerm_pim_active_role_assignment" "audit_window" {
  scope              = "/subscriptions/${var.subscription_id}"
  role_definition_id = var.owner_role_id
  principal_id       = var.oncall_group_id

  schedule {
    expiration {
      end_date_time = "2026-03-31T18:00:00Z"
    }
  }
}

resource "azurerm_pim_active_role_assignment" "migration" {
  scope              = "/subscriptions/${var.subscription_id}"
  role_definition_id = var.owner_role_id
  principal_id       = var.oncall_group_id

  schedule {
    expiration {
      duration_days = 14
    }
  }
}

# Eligible assignments are activated for a limited time each use.
resource "azurerm_pim_eligible_role_assignment" "oncall" {
  scope              = "/subscriptions/${var.subscription_id}"
  role_definition_id = var.owner_role_id
  principal_id       = var.oncall_group_id
}
