variable "subnet_id" {}

resource "azurerm_container_group" "vnet" {
  name                = "aci-vnet"
  location            = "westeurope"
  resource_group_name = "rg"
  os_type             = "Linux"
  ip_address_type     = "Private"
  subnet_ids          = [var.subnet_id]

  container {
    name   = "worker"
    image  = "example.azurecr.io/worker:2.0.1"
    cpu    = "1"
    memory = "2"

    ports {
      port     = 8080
      protocol = "TCP"
    }
  }
}

resource "azurerm_container_group" "batch_job" {
  name                = "aci-job"
  location            = "westeurope"
  resource_group_name = "rg"
  os_type             = "Linux"
  ip_address_type     = "None"
  restart_policy      = "Never"

  container {
    name   = "job"
    image  = "example.azurecr.io/nightly-report:3.1.0"
    cpu    = "1"
    memory = "1"
  }
}
