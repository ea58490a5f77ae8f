resource "azurerm_linux_virtual_machine" "fetches" {
  name                  = "vm-fetches"
  location              = "westeurope"
  resource_group_name   = "rg"
  size                  = "Standard_B2s"
  admin_username        = "azureuser"
  network_interface_ids = ["nic"]
  custom_data           = <<-EOT
    #!/bin/bash
    az login --identity
    export DB_PASSWORD=$(az keyvault secret show --vault-name kv-app --name db-password --query value -o tsv)
    export API_TOKEN="$1"
    export DB_PASSWORD_FILE=/run/secrets/db
    /opt/app/start
  EOT

  identity {
    type = "SystemAssigned"
  }

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Standard_LRS"
  }
}

# Text attest does not evaluate is not read: no finding, no unknown.
resource "azurerm_linux_virtual_machine" "templated" {
  name                  = "vm-templated"
  location              = "westeurope"
  resource_group_name   = "rg"
  size                  = "Standard_B2s"
  admin_username        = "azureuser"
  network_interface_ids = ["nic"]
  custom_data           = base64encode(templatefile("${path.module}/cloud-init.yaml", { vault = "kv-app" }))

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Standard_LRS"
  }
}

resource "azurerm_virtual_machine" "no_custom_data" {
  name                  = "vm-plain"
  location              = "westeurope"
  resource_group_name   = "rg"
  network_interface_ids = ["nic"]
  vm_size               = "Standard_B2s"

  storage_os_disk {
    name          = "osdisk"
    create_option = "FromImage"
  }

  os_profile {
    computer_name  = "plain"
    admin_username = "azureuser"
  }
}

# Base64 of a script that fetches its secret from Key Vault at boot.
resource "azurerm_linux_virtual_machine" "batch" {
  name                  = "vm-batch"
  location              = "westeurope"
  resource_group_name   = "rg"
  size                  = "Standard_B2s"
  admin_username        = "azureuser"
  network_interface_ids = ["nic"]
  custom_data = base64encode(<<-EOT
    #!/bin/bash
    QUEUE_TOKEN=$(az keyvault secret show --vault-name kv-batch --name queue-token --query value -o tsv)
    /opt/batch/run.sh
  EOT
  )

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Standard_LRS"
  }
}
