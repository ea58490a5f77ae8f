resource "azuread_application_federated_identity_credential" "env_only" {
  application_id = "/applications/00000000-0000-0000-0000-000000000000"
  display_name   = "deploy-production"
  audiences      = ["api://AzureADTokenExchange"]
  issuer         = "https://token.actions.githubusercontent.com"
  subject        = "environment:production" # expect: azure-federated-credential-github-subject-unrestricted
}

resource "azuread_application_federated_identity_credential" "workflow" {
  application_id = "/applications/00000000-0000-0000-0000-000000000000"
  display_name   = "deploy-workflow"
  audiences      = ["api://AzureADTokenExchange"]
  issuer         = "https://token.actions.githubusercontent.com"
  subject        = "job_workflow_ref:acme/workflows/.github/workflows/deploy.yml@refs/heads/main" # expect: azure-federated-credential-github-subject-unrestricted
}

resource "azurerm_federated_identity_credential" "bad_repo" {
  name                      = "gha"
  resource_group_name       = "rg"
  parent_id                 = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-deploy"
  audience                  = ["api://AzureADTokenExchange"]
  issuer                    = "https://token.actions.githubusercontent.com/acme-enterprise"
  subject                   = "repo:acme:ref:refs/heads/main" # expect: azure-federated-credential-github-subject-unrestricted
}

resource "azurerm_federated_identity_credential" "no_claims" {
  name                = "gha-plain"
  resource_group_name = "rg"
  parent_id           = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-deploy"
  audience            = ["api://AzureADTokenExchange"]
  issuer              = "https://token.actions.githubusercontent.com"
  subject             = "production" # expect: azure-federated-credential-github-subject-unrestricted
}
