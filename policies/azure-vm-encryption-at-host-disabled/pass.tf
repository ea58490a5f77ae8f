resource "azurerm_linux_virtual_machine" "encrypted" {
  name                       = "vm-encrypted"
  resource_group_name        = "rg"
  location                   = "westeurope"
  size                       = "Standard_D2s_v5"
  admin_username             = "azureadmin"
  network_interface_ids      = ["nic"]
  encryption_at_host_enabled = true

  admin_ssh_key {
    username   = "azureadmin"
    public_key = "ssh-ed25519 AAAA"
  }

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}

# Not set: the platform default, which this policy does not require to change.
resource "azurerm_windows_virtual_machine" "default" {
  name                  = "vm-default"
  resource_group_name   = "rg"
  location              = "westeurope"
  size                  = "Standard_D2s_v5"
  admin_username        = "azureadmin"
  admin_password        = var.admin_password
  network_interface_ids = ["nic"]

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}

resource "azurerm_kubernetes_cluster" "encrypted" {
  name                = "aks-encrypted"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "aksenc"

  default_node_pool {
    name                    = "system"
    node_count              = 3
    vm_size                 = "Standard_D4s_v5"
    host_encryption_enabled = true
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster_node_pool" "default" {
  name                  = "user"
  kubernetes_cluster_id = azurerm_kubernetes_cluster.encrypted.id
  vm_size               = "Standard_D4s_v5"
}

variable "admin_password" {
  type      = string
  sensitive = true
}
