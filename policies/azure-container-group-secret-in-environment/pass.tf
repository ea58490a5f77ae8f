variable "db_password" {
  type      = string
  sensitive = true
}

data "azurerm_key_vault_secret" "api" {
  name         = "api-token"
  key_vault_id = "kv-id"
}

resource "azurerm_container_group" "app" {
  name                = "aci-app"
  location            = "westeurope"
  resource_group_name = "rg"
  os_type             = "Linux"
  ip_address_type     = "Private"
  subnet_ids          = ["subnet-id"]

  container {
    name   = "web"
    image  = "myregistry.azurecr.io/web:1.4.2"
    cpu    = "0.5"
    memory = "1.5"

    environment_variables = {
      LOG_LEVEL          = "info"
      DB_PASSWORD_FILE   = "/mnt/secrets/db-password"
      API_TOKEN_URL      = "https://login.example.com/token"
      API_TOKEN          = data.azurerm_key_vault_secret.api.value
      DB_PASSWORD        = var.db_password
      REDIS_PASSWORD     = ""
    }

    secure_environment_variables = {
      STRIPE_SECRET_KEY = var.db_password
    }
  }
}
