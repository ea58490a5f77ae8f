# Scale sets built from a custom managed image (Packer's usual output):
# Azure offers automatic OS image upgrades only for platform and Azure
# Compute Gallery images.
data "azurerm_image" "packer" {
  name                = "app-image"
  resource_group_name = "images"
}

resource "azurerm_linux_virtual_machine_scale_set" "from_data" {
  name                = "vmss-packer"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "Standard_D2s_v5"
  instances           = 3
  admin_username      = "azureuser"
  source_image_id     = data.azurerm_image.packer.id

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}

resource "azurerm_image" "golden" {
  name                      = "golden"
  location                  = "westeurope"
  resource_group_name       = "images"
  source_virtual_machine_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/images/providers/Microsoft.Compute/virtualMachines/builder"
}

resource "azurerm_windows_virtual_machine_scale_set" "from_resource" {
  name                = "vmss-golden"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "Standard_D2s_v5"
  instances           = 2
  admin_username      = "azureadmin"
  admin_password      = "not-checked-here"
  source_image_id     = azurerm_image.golden.id

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}

variable "subscription_id" {
  type = string
}

resource "azurerm_linux_virtual_machine_scale_set" "from_id" {
  name                = "vmss-id"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "Standard_D2s_v5"
  instances           = 3
  admin_username      = "azureuser"
  source_image_id     = "/subscriptions/${var.subscription_id}/resourceGroups/images/providers/Microsoft.Compute/images/app-image"

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}

resource "azurerm_virtual_machine_scale_set" "legacy" {
  name                = "vmss-legacy-image"
  location            = "westeurope"
  resource_group_name = "rg"
  upgrade_policy_mode = "Manual"

  sku {
    name     = "Standard_B2s"
    tier     = "Standard"
    capacity = 2
  }

  storage_profile_image_reference {
    id = data.azurerm_image.packer.id
  }
}
