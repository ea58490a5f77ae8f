# The protected item is written with AzAPI, beside the machine. (The Azure
# Verified Module for virtual machines writes it in its `backup` submodule
# with `azapi_update_resource`; `attest check` follows that call, but fixtures
# are checked without their module calls.)
resource "azurerm_linux_virtual_machine" "ops" {
  name                            = "vm-ops"
  location                        = "northeurope"
  resource_group_name             = "rg-ops"
  size                            = "Standard_B2s"
  admin_username                  = "opsadmin"
  disable_password_authentication = true
  network_interface_ids           = ["nic-ops"]

  admin_ssh_key {
    username   = "opsadmin"
    public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOpsFixtureKeyOnly"
  }

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "ubuntu-24_04-lts"
    sku       = "server"
    version   = "latest"
  }
}

locals {
  vault_id  = "/subscriptions/0000/resourceGroups/rg-backup/providers/Microsoft.RecoveryServices/vaults/rsv-ops"
  container = "iaasvmcontainerv2;rg-ops;vm-ops"
}

resource "azapi_update_resource" "ops_protection" {
  resource_id = "${local.vault_id}/backupFabrics/Azure/protectionContainers/${local.container}/protectedItems/VM;${local.container}"
  type        = "Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers/protectedItems@2024-10-01"
  body = {
    properties = {
      protectedItemType = "Microsoft.Compute/virtualMachines"
      sourceResourceId  = azurerm_linux_virtual_machine.ops.id
      policyId          = "${local.vault_id}/backupPolicies/nightly"
    }
  }
}
