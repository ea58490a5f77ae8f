variable "subnet_id" {}

# azurerm v2: plain text in `os_profile`, which the provider encodes.
resource "azurerm_virtual_machine" "legacy" {
  name                  = "vm-legacy"
  location              = "westeurope"
  resource_group_name   = "rg"
  network_interface_ids = ["nic"]
  vm_size               = "Standard_B2s"

  storage_os_disk {
    name          = "osdisk"
    create_option = "FromImage"
  }

  os_profile {
    computer_name  = "legacy"
    admin_username = "azureuser"
    # expect: azure-vm-custom-data-secret-literal "`ARM_CLIENT_SECRET`"
    custom_data    = <<-EOT
      #!/bin/bash
      export ARM_CLIENT_ID=00000000-0000-0000-0000-000000000000
      export ARM_CLIENT_SECRET=Qx8Q~p1aN0tReAl.S3cr3tV4lu3
      /opt/deploy/run.sh
    EOT
  }
}

variable "db_password" {
  default = "Sup3rS3cret!"
}

# Interpolations of values attest evaluates are part of the text.
resource "azurerm_linux_virtual_machine" "app" {
  name                  = "vm-app"
  location              = "westeurope"
  resource_group_name   = "rg"
  size                  = "Standard_B2s"
  admin_username        = "azureuser"
  network_interface_ids = ["nic"]
  custom_data           = "#!/bin/sh\nDB_PASSWORD='${var.db_password}'\n/opt/app/start" # expect: azure-vm-custom-data-secret-literal "`DB_PASSWORD`"

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Standard_LRS"
  }
}

resource "azurerm_linux_virtual_machine_scale_set" "workers" {
  name                = "vmss-workers"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "Standard_B2s"
  instances           = 2
  admin_username      = "azureuser"
  # expect: azure-vm-custom-data-secret-literal "storage or shared access key"
  user_data           = "STORAGE=DefaultEndpointsProtocol=https;AccountName=stlogs;AccountKey=bm90LWEtcmVhbC1rZXktYnV0LWxvbmctZW5vdWdoLXRvLWxvb2stbGlrZS1vbmU=;EndpointSuffix=core.windows.net"

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Standard_LRS"
  }
}

resource "azurerm_windows_virtual_machine" "build" {
  name                  = "vm-build"
  location              = "westeurope"
  resource_group_name   = "rg"
  size                  = "Standard_D2s_v5"
  admin_username        = "azureadmin"
  admin_password        = "not-checked-here"
  network_interface_ids = ["nic"]
  custom_data           = "aws configure set aws_access_key_id AKIAIOSFODNN7EXAMAAA" # expect: azure-vm-custom-data-secret-literal "AWS access key ID"

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Standard_LRS"
  }
}

# The provider takes base64: the text inside is read.
resource "azurerm_linux_virtual_machine" "batch" {
  name                  = "vm-batch"
  location              = "westeurope"
  resource_group_name   = "rg"
  size                  = "Standard_B2s"
  admin_username        = "azureuser"
  network_interface_ids = ["nic"]
  # expect: azure-vm-custom-data-secret-literal "custom data of `azurerm_linux_virtual_machine.batch` sets `QUEUE_TOKEN`"
  custom_data = base64encode(<<-EOT
    #!/bin/bash
    QUEUE_TOKEN=fixture-queue-token-0001
    /opt/batch/run.sh
  EOT
  )

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Standard_LRS"
  }
}

resource "azurerm_linux_virtual_machine" "agent" {
  name                  = "vm-agent"
  location              = "westeurope"
  resource_group_name   = "rg"
  size                  = "Standard_D2s_v5"
  admin_username        = "azureadmin"
  network_interface_ids = ["nic"]
  custom_data           = "curl -X POST -d 'ready' https://hooks.slack.com/services/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" # expect: azure-vm-custom-data-secret-literal "contains a private key or an access token"

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Standard_LRS"
  }
}
