data "azurerm_subscription" "current" {}

resource "azurerm_role_definition" "owner_copy" {
  name  = "platform-owner"
  scope = data.azurerm_subscription.current.id

  permissions {
    actions     = ["*"] # expect: azure-custom-role-grants-owner-access "`*` in its actions allows `Microsoft.Authorization/roleAssignments/write`"
    not_actions = []
  }

  assignable_scopes = [data.azurerm_subscription.current.id]
}

resource "azurerm_role_definition" "almost" {
  name  = "almost-owner"
  scope = "/subscriptions/00000000-0000-0000-0000-000000000000"

  permissions {
    actions     = ["Microsoft.Storage/*", "*"] # expect: azure-custom-role-grants-owner-access
    not_actions = ["Microsoft.Compute/virtualMachines/delete"]
  }
}

# Narrower than `*`, still enough to grant itself Owner.
resource "azurerm_role_definition" "access_admin" {
  name  = "access-admin"
  scope = data.azurerm_subscription.current.id

  permissions {
    actions = ["Microsoft.Authorization/*", "Microsoft.Resources/subscriptions/resourceGroups/read"] # expect: azure-custom-role-grants-owner-access "custom role `azurerm_role_definition.access_admin` lets its holder grant itself any role: `Microsoft.Authorization/*` in its actions allows `Microsoft.Authorization/roleAssignments/write`"
  }
}

resource "azurerm_role_definition" "all_writes" {
  name  = "writer"
  scope = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/app"

  permissions {
    actions = ["*/read", "*/write"] # expect: azure-custom-role-grants-owner-access "custom role `azurerm_role_definition.all_writes` lets its holder grant itself any role: `*/write` in its actions"
  }

  assignable_scopes = ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/app"]
}

resource "azurerm_role_definition" "assigner" {
  name  = "assigner"
  scope = data.azurerm_subscription.current.id

  permissions {
    actions = ["microsoft.authorization/roleassignments/write", "Microsoft.Authorization/roleAssignments/read"] # expect: azure-custom-role-grants-owner-access "custom role `azurerm_role_definition.assigner` lets its holder grant itself any role: `microsoft.authorization/roleassignments/write` in its actions"
  }
}

# Role assignments excluded, role definitions not: it can rewrite its own definition.
resource "azurerm_role_definition" "definition_editor" {
  name  = "definition-editor"
  scope = data.azurerm_subscription.current.id

  permissions {
    actions     = ["Microsoft.Authorization/*/Write"] # expect: azure-custom-role-grants-owner-access "custom role `azurerm_role_definition.definition_editor` lets its holder grant itself any role: `Microsoft.Authorization/*/Write` in its actions allows `Microsoft.Authorization/roleDefinitions/write`"
    not_actions = ["Microsoft.Authorization/roleAssignments/write"]
  }
}

resource "azurerm_role_definition" "everything_but_assignments" {
  name  = "everything-but-assignments"
  scope = data.azurerm_subscription.current.id

  permissions {
    actions     = ["*"] # expect: azure-custom-role-grants-owner-access "custom role `azurerm_role_definition.everything_but_assignments` lets its holder grant itself any role: `*` in its actions allows `Microsoft.Authorization/roleDefinitions/write`"
    not_actions = ["Microsoft.Authorization/roleAssignments/*"]
  }
}
