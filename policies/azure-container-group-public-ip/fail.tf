resource "azurerm_container_group" "default" { # expect: azure-container-group-public-ip
  name                = "aci-default"
  location            = "westeurope"
  resource_group_name = "rg"
  os_type             = "Linux"

  container {
    name   = "web"
    image  = "mcr.microsoft.com/azuredocs/aci-helloworld:latest"
    cpu    = "0.5"
    memory = "1.5"

    ports {
      port     = 80
      protocol = "TCP"
    }
  }
}

resource "azurerm_container_group" "explicit" {
  name                = "aci-explicit"
  location            = "westeurope"
  resource_group_name = "rg"
  os_type             = "Linux"
  ip_address_type     = "public" # expect: azure-container-group-public-ip
  dns_name_label      = "aci-explicit"

  container {
    name   = "api"
    image  = "example.azurecr.io/api:1.4.2"
    cpu    = "1"
    memory = "2"

    ports {
      port     = 8080
      protocol = "TCP"
    }
  }
}
