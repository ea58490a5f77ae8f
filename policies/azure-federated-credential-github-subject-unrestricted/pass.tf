variable "github_repo" {
  default = "acme/api"
}

resource "azuread_application_federated_identity_credential" "env" {
  application_id = "/applications/00000000-0000-0000-0000-000000000000"
  display_name   = "deploy-production"
  audiences      = ["api://AzureADTokenExchange"]
  issuer         = "https://token.actions.githubusercontent.com"
  subject        = "repo:${var.github_repo}:environment:production"
}

resource "azurerm_federated_identity_credential" "branch" {
  name                = "gha-main"
  resource_group_name = "rg"
  parent_id           = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-deploy"
  audience            = ["api://AzureADTokenExchange"]
  issuer              = "https://token.actions.githubusercontent.com"
  subject             = "repo:acme/infra.live:ref:refs/heads/main"
}

resource "azurerm_federated_identity_credential" "custom_template" {
  name                = "gha-owner-id"
  resource_group_name = "rg"
  parent_id           = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-deploy"
  audience            = ["api://AzureADTokenExchange"]
  issuer              = "https://token.actions.githubusercontent.com"
  subject             = "repository_owner_id:1234567:environment:production"
}

resource "azurerm_federated_identity_credential" "aks" {
  name                = "aks-workload"
  resource_group_name = "rg"
  parent_id           = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-app"
  audience            = ["api://AzureADTokenExchange"]
  issuer              = "https://westeurope.oic.prod-aks.azure.com/00000000-0000-0000-0000-000000000000/11111111-1111-1111-1111-111111111111/"
  subject             = "system:serviceaccount:app:api"
}
