variable "storage_connection_string" {
  type      = string
  sensitive = true
}

# The storage emulator's published key, and a connection string whose key
# is in a secure variable.
resource "azurerm_container_group" "worker" {
  name                = "aci-worker"
  location            = "westeurope"
  resource_group_name = "rg"
  os_type             = "Linux"
  ip_address_type     = "Private"
  subnet_ids          = ["subnet-id"]

  container {
    name   = "worker"
    image  = "myregistry.azurecr.io/worker:1.4.2"
    cpu    = "0.5"
    memory = "1.5"

    environment_variables = {
      AZURITE     = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://azurite:10000/devstoreaccount1;"
      STORAGE_URL = "https://shopfiles.blob.core.windows.net/"
    }
    secure_environment_variables = {
      STORAGE = var.storage_connection_string
    }
  }
}
