# Azure Compute Gallery images can be upgraded automatically; an image id
# from a variable is not known to be a managed image.
resource "azurerm_shared_image_version" "app" {
  name                = "1.0.0"
  gallery_name        = "gallery"
  image_name          = "app"
  resource_group_name = "images"
  location            = "westeurope"
  managed_image_id    = azurerm_image.golden.id

  target_region {
    name                   = "westeurope"
    regional_replica_count = 1
  }
}

resource "azurerm_image" "golden" {
  name                      = "golden"
  location                  = "westeurope"
  resource_group_name       = "images"
  source_virtual_machine_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/images/providers/Microsoft.Compute/virtualMachines/builder"
}

resource "azurerm_linux_virtual_machine_scale_set" "gallery_version" { # expect: azure-vm-scale-set-automatic-os-upgrade-disabled
  name                = "vmss-gallery"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "Standard_D2s_v5"
  instances           = 3
  admin_username      = "azureuser"
  source_image_id     = azurerm_shared_image_version.app.id

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}

resource "azurerm_linux_virtual_machine_scale_set" "gallery_id" { # expect: azure-vm-scale-set-automatic-os-upgrade-disabled
  name                = "vmss-gallery-id"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "Standard_D2s_v5"
  instances           = 3
  admin_username      = "azureuser"
  source_image_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/images/providers/Microsoft.Compute/galleries/gallery/images/app/versions/1.0.0"

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}

variable "image_id" {
  type = string
}

resource "azurerm_windows_virtual_machine_scale_set" "from_variable" { # expect: azure-vm-scale-set-automatic-os-upgrade-disabled
  name                = "vmss-variable"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "Standard_D2s_v5"
  instances           = 2
  admin_username      = "azureadmin"
  admin_password      = "not-checked-here"
  source_image_id     = var.image_id

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}

resource "azurerm_virtual_machine_scale_set" "legacy_gallery" { # expect: azure-vm-scale-set-automatic-os-upgrade-disabled
  name                = "vmss-legacy-gallery"
  location            = "westeurope"
  resource_group_name = "rg"
  upgrade_policy_mode = "Manual"

  sku {
    name     = "Standard_B2s"
    tier     = "Standard"
    capacity = 2
  }

  storage_profile_image_reference {
    id = azurerm_shared_image_version.app.id
  }
}
