# Active assignments that never end.
variable "subscription_id" {}
variable "ops_group_id" {}
variable "contributor_role_id" {}

resource "azurerm_pim_active_role_assignment" "ops_contributor" { # expect: azure-pim-active-role-assignment-permanent "`azurerm_pim_active_role_assignment.ops_contributor`"
  scope              = "/subscriptions/${var.subscription_id}"
  role_definition_id = var.contributor_role_id
  principal_id       = var.ops_group_id
  justification      = "Operations team"
}

resource "azurerm_pim_active_role_assignment" "started_only" {
  scope              = "/subscriptions/${var.subscription_id}"
  role_definition_id = var.contributor_role_id
  principal_id       = var.ops_group_id

  schedule { # expect: azure-pim-active-role-assignment-permanent "`azurerm_pim_active_role_assignment.started_only`"
    start_date_time = "2026-03-01T08:00:00Z"
  }
}
