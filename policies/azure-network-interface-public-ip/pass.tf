variable "subnet_id" {}
variable "admin_password" {}

resource "azurerm_network_interface" "private" {
  name                = "private"
  location            = "westeurope"
  resource_group_name = "rg"

  ip_configuration {
    name                          = "internal"
    subnet_id                     = var.subnet_id
    private_ip_address_allocation = "Dynamic"
  }
}

resource "azurerm_windows_virtual_machine_scale_set" "app" {
  name                 = "app"
  resource_group_name  = "rg"
  location             = "westeurope"
  sku                  = "Standard_D2s_v5"
  instances            = 2
  admin_username       = "azureuser"
  admin_password       = var.admin_password

  network_interface {
    name    = "nic"
    primary = true

    ip_configuration {
      name      = "ipconfig"
      primary   = true
      subnet_id = var.subnet_id
    }
  }
}

# A public IP for a Bastion host is not a VM's network interface.
resource "azurerm_public_ip" "bastion" {
  name                = "bastion"
  location            = "westeurope"
  resource_group_name = "rg"
  allocation_method   = "Static"
  sku                 = "Standard"
}

resource "azurerm_bastion_host" "this" {
  name                = "bastion"
  location            = "westeurope"
  resource_group_name = "rg"

  ip_configuration {
    name                 = "configuration"
    subnet_id            = var.subnet_id
    public_ip_address_id = azurerm_public_ip.bastion.id
  }
}

# An empty id, or null, attaches no public IP address.
resource "azurerm_network_interface" "empty_public_ip" {
  name                = "emptypip"
  location            = "westeurope"
  resource_group_name = "rg"

  ip_configuration {
    name                          = "internal"
    subnet_id                     = var.subnet_id
    private_ip_address_allocation = "Dynamic"
    public_ip_address_id          = ""
  }

  ip_configuration {
    name                          = "secondary"
    subnet_id                     = var.subnet_id
    private_ip_address_allocation = "Dynamic"
    public_ip_address_id          = null
  }
}
