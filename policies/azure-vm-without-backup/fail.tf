resource "azurerm_linux_virtual_machine" "db" { # expect: azure-vm-without-backup
  name                  = "vm-db"
  location              = "westeurope"
  resource_group_name   = "rg"
  size                  = "Standard_D4s_v5"
  admin_username        = "azureuser"
  network_interface_ids = ["nic"]

  admin_ssh_key {
    username   = "azureuser"
    public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample"
  }

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}

resource "azurerm_virtual_machine" "legacy" { # expect: azure-vm-without-backup
  name                  = "vm-legacy"
  location              = "westeurope"
  resource_group_name   = "rg"
  network_interface_ids = ["nic"]
  vm_size               = "Standard_B2s"

  storage_os_disk {
    name          = "osdisk"
    create_option = "FromImage"
  }
}

# AzAPI refers to the machine, but to install an extension, not to back it up.
resource "azurerm_windows_virtual_machine" "jump" { # expect: azure-vm-without-backup
  name                  = "vm-jump"
  location              = "westeurope"
  resource_group_name   = "rg"
  size                  = "Standard_B2s"
  admin_username        = "jumpadmin"
  admin_password        = "not-checked-here"
  network_interface_ids = ["nic-jump"]

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Standard_LRS"
  }
}

resource "azapi_resource" "jump_extension" {
  type      = "Microsoft.Compute/virtualMachines/extensions@2024-07-01"
  name      = "AzureMonitorWindowsAgent"
  parent_id = azurerm_windows_virtual_machine.jump.id
  location  = "westeurope"
  body = {
    properties = {
      publisher = "Microsoft.Azure.Monitor"
      type      = "AzureMonitorWindowsAgent"
    }
  }
}
