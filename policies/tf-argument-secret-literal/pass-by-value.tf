# Connection strings whose password comes from elsewhere, the storage
# emulator's published key and token-shaped samples.
variable "sql_password" {
  type      = string
  sensitive = true
}

resource "azurerm_linux_web_app" "shop" {
  name                = "shop-web"
  resource_group_name = "shop"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/0b1f6471-1bf0-4dda-aec3-111122223333/resourceGroups/shop/providers/Microsoft.Web/serverFarms/shop"

  app_settings = {
    "AZURITE"      = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"
    "DOCS_KEY"     = "AKIAIOSFODNN7EXAMPLE"
    "HOMEPAGE"     = "https://shop.acme.test/about"
    "DB_HOST_ONLY" = "Server=tcp:shop.database.windows.net,1433;Database=shop;Authentication=Active Directory Default;"
  }

  connection_string {
    name  = "Shop"
    type  = "SQLAzure"
    value = "Server=tcp:shop.database.windows.net,1433;Database=shop;User ID=shopadmin;Password=${var.sql_password};"
  }

  site_config {}
}

module "app" {
  source = "./modules/app"
  dsn    = "postgres://app@db.internal:5432/app"
}

# Prose about a key is not a key; a URL's password is read in its own URL;
# switched-off and anonymous credentials are none.
resource "aws_ssm_parameter" "tls_key_slot" {
  name        = "/shop/tls/key"
  type        = "SecureString"
  value       = var.sql_password
  description = "Paste the key in PEM form with -----BEGIN PRIVATE KEY----- and -----END PRIVATE KEY----- lines around the base64 body of the key"
}

resource "azurerm_linux_web_app" "notes" {
  name                = "notes-web"
  resource_group_name = "shop"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/0b1f6471-1bf0-4dda-aec3-111122223333/resourceGroups/shop/providers/Microsoft.Web/serverFarms/shop"

  app_settings = {
    "HELP"        = "see https://docs.acme.test/queues; amqp://app:${var.sql_password}@mq.internal"
    "MIRROR"      = "ftp://anonymous:anonymous@ftp.acme.test/pub"
    "AUTH_OFF"    = "password=none"
    "PROXY_CHECK" = "pwd=~/proxy"
  }

  site_config {}
}
