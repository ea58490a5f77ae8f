variable "api_token" {
  default = "tok-4f1c2e9a7b"
}

resource "azurerm_container_group" "app" {
  name                = "aci-app"
  location            = "westeurope"
  resource_group_name = "rg"
  os_type             = "Linux"
  ip_address_type     = "Private"
  subnet_ids          = ["subnet-id"]

  init_container {
    name   = "migrate"
    image  = "myregistry.azurecr.io/migrate:1.4.2"
    environment_variables = {
      DB_PASSWORD = "S3cr3t-pa55" # expect: azure-container-group-secret-in-environment "init container `migrate`"
    }
  }

  container {
    name   = "web"
    image  = "myregistry.azurecr.io/web:1.4.2"
    cpu    = "0.5"
    memory = "1.5"

    ports {
      port     = 8080
      protocol = "TCP"
    }

    environment_variables = {
      LOG_LEVEL     = "info"
      client_secret = "Zx9~abcDEF123" # expect: azure-container-group-secret-in-environment "`client_secret`"
      API_TOKEN     = var.api_token # expect: azure-container-group-secret-in-environment "`API_TOKEN`"
    }
  }
}
