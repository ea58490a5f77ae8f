variable "vm_agent" {
  type = bool
}

resource "azurerm_linux_virtual_machine" "from_input" {
  name                  = "vm-input"
  resource_group_name   = "rg"
  location              = "westeurope"
  size                  = "Standard_B2s"
  admin_username        = "azureadmin"
  network_interface_ids = ["nic"]
  provision_vm_agent    = var.vm_agent # expect: azure-vm-agent-disabled unknown
}
