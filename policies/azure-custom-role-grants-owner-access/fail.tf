data "azurerm_subscription" "current" {}

resource "azurerm_role_definition" "owner_copy" {
  name  = "platform-owner"
  scope = data.azurerm_subscription.current.id

  permissions {
    actions     = ["*"] # expect: azure-custom-role-grants-owner-access
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
