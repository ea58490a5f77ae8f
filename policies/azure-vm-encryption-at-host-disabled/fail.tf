resource "azurerm_linux_virtual_machine" "app" {
  name                       = "vm-app"
  resource_group_name        = "rg"
  location                   = "westeurope"
  size                       = "Standard_D2s_v5"
  admin_username             = "azureadmin"
  network_interface_ids      = ["nic"]
  encryption_at_host_enabled = false # expect: azure-vm-encryption-at-host-disabled "`azurerm_linux_virtual_machine.app`"

  admin_ssh_key {
    username   = "azureadmin"
    public_key = "ssh-ed25519 AAAA"
  }

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}

resource "azurerm_windows_virtual_machine_scale_set" "web" {
  name                       = "vmss-web"
  resource_group_name        = "rg"
  location                   = "westeurope"
  sku                        = "Standard_D2s_v5"
  instances                  = 2
  admin_username             = "azureadmin"
  admin_password             = var.admin_password
  encryption_at_host_enabled = "false" # expect: azure-vm-encryption-at-host-disabled

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}

resource "azurerm_kubernetes_cluster" "v4" {
  name                = "aks-v4"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "aksv4"

  default_node_pool {
    name                    = "system"
    node_count              = 3
    vm_size                 = "Standard_D4s_v5"
    host_encryption_enabled = false # expect: azure-vm-encryption-at-host-disabled "default node pool"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster_node_pool" "legacy" {
  name                   = "legacy"
  kubernetes_cluster_id  = azurerm_kubernetes_cluster.v4.id
  vm_size                = "Standard_D4s_v5"
  enable_host_encryption = false # expect: azure-vm-encryption-at-host-disabled "node pool `azurerm_kubernetes_cluster_node_pool.legacy`"
}

variable "admin_password" {
  type      = string
  sensitive = true
}

resource "azurerm_kubernetes_cluster" "v3" {
  name                = "aks-v3"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "aksv3"

  default_node_pool {
    name                   = "system"
    node_count             = 3
    vm_size                = "Standard_D4s_v5"
    enable_host_encryption = false # expect: azure-vm-encryption-at-host-disabled "`azurerm_kubernetes_cluster.v3`"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster_node_pool" "batch" {
  name                    = "batch"
  kubernetes_cluster_id   = azurerm_kubernetes_cluster.v3.id
  vm_size                 = "Standard_D4s_v5"
  host_encryption_enabled = false # expect: azure-vm-encryption-at-host-disabled "`azurerm_kubernetes_cluster_node_pool.batch`"
}
