data "azurerm_subscription" "current" {}

resource "azurerm_role_definition" "reader_plus" {
  name  = "vm-operator"
  scope = data.azurerm_subscription.current.id

  permissions {
    actions = [
      "Microsoft.Compute/virtualMachines/read",
      "Microsoft.Compute/virtualMachines/start/action",
      "Microsoft.Compute/virtualMachines/restart/action",
    ]
    not_actions = []
  }

  assignable_scopes = [data.azurerm_subscription.current.id]
}

# A Contributor-like role: everything but access management.
resource "azurerm_role_definition" "contributor_like" {
  name  = "deployer"
  scope = data.azurerm_subscription.current.id

  permissions {
    actions = ["*"]
    not_actions = [
      "Microsoft.Authorization/*/Delete",
      "Microsoft.Authorization/*/Write",
      "Microsoft.Authorization/elevateAccess/Action",
    ]
  }
}

# Data actions only.
resource "azurerm_role_definition" "blob_reader" {
  name  = "blob-reader"
  scope = data.azurerm_subscription.current.id

  permissions {
    data_actions = ["Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read"]
  }
}

# Reads access, writes policy assignments: no role assignments or definitions.
resource "azurerm_role_definition" "policy_operator" {
  name  = "policy-operator"
  scope = data.azurerm_subscription.current.id

  permissions {
    actions = [
      "Microsoft.Authorization/*/read",
      "Microsoft.Authorization/policyAssignments/write",
      "Microsoft.Authorization/locks/*",
    ]
  }
}

# Every authorization action except the two that grant access.
resource "azurerm_role_definition" "authorization_minus_grants" {
  name  = "authorization-minus-grants"
  scope = data.azurerm_subscription.current.id

  permissions {
    actions = ["Microsoft.Authorization/*"]
    not_actions = [
      "Microsoft.Authorization/roleAssignments/write",
      "microsoft.authorization/roledefinitions/*",
    ]
  }
}

# Every write, but none of the authorization writes.
resource "azurerm_role_definition" "writer" {
  name  = "writer"
  scope = data.azurerm_subscription.current.id

  permissions {
    actions     = ["*/write", "*/read"]
    not_actions = ["Microsoft.Authorization/*"]
  }
}
