resource "azurerm_public_ip" "vm" {
  name                = "vm"
  location            = "westeurope"
  resource_group_name = "rg"
  allocation_method   = "Static"
  sku                 = "Standard"
}

resource "azurerm_network_interface" "vm" {
  name                = "vm"
  location            = "westeurope"
  resource_group_name = "rg"

  ip_configuration {
    name                          = "internal"
    subnet_id                     = var.subnet_id
    private_ip_address_allocation = "Dynamic"
    public_ip_address_id          = azurerm_public_ip.vm.id # expect: azure-network-interface-public-ip "`internal`"
  }
}

resource "azurerm_linux_virtual_machine_scale_set" "web" {
  name                = "web"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "Standard_B2s"
  instances           = 2
  admin_username      = "azureuser"

  network_interface {
    name    = "nic"
    primary = true

    ip_configuration {
      name      = "ipconfig"
      primary   = true
      subnet_id = var.subnet_id

      # expect: azure-network-interface-public-ip "scale set"
      public_ip_address {
        name = "web-pip"
      }
    }
  }
}

variable "subnet_id" {}

# The id of an existing public IP, written out.
resource "azurerm_network_interface" "literal_id" {
  name                = "literal"
  location            = "westeurope"
  resource_group_name = "rg"

  ip_configuration {
    name                          = "external"
    subnet_id                     = var.subnet_id
    private_ip_address_allocation = "Dynamic"
    public_ip_address_id          = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/publicIPAddresses/pip" # expect: azure-network-interface-public-ip "`external`"
  }
}
