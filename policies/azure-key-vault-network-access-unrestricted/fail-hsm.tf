# Key Vault Managed HSM pools reachable from every network.
resource "azurerm_key_vault_managed_hardware_security_module" "no_acls" { # expect: azure-key-vault-network-access-unrestricted
  name                = "contoso-hsm-open"
  resource_group_name = "rg-keys"
  location            = "northeurope"
  sku_name            = "Standard_B1"
  tenant_id           = "99999999-8888-7777-6666-555555555555"
  admin_object_ids    = ["11111111-2222-3333-4444-555555555555"]
}

resource "azurerm_key_vault_managed_hardware_security_module" "allow" {
  name                          = "contoso-hsm-allow"
  resource_group_name           = "rg-keys"
  location                      = "northeurope"
  sku_name                      = "Standard_B1"
  tenant_id                     = "99999999-8888-7777-6666-555555555555"
  admin_object_ids              = ["11111111-2222-3333-4444-555555555555"]
  public_network_access_enabled = true
  network_acls {
    bypass         = "AzureServices"
    default_action = "Allow" # expect: azure-key-vault-network-access-unrestricted
  }
}

variable "hsm_parent" {}

resource "azapi_resource" "hsm" {
  type      = "Microsoft.KeyVault/managedHSMs@2023-07-01"
  name      = "contoso-hsm-azapi"
  parent_id = var.hsm_parent
  location  = "northeurope"
  body = {
    sku = { family = "B", name = "Standard_B1" }
    properties = { # expect: azure-key-vault-network-access-unrestricted
      tenantId              = "99999999-8888-7777-6666-555555555555"
      initialAdminObjectIds = ["11111111-2222-3333-4444-555555555555"]
      publicNetworkAccess   = "Enabled"
    }
  }
}
