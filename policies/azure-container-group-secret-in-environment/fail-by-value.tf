# Credentials recognised by their value, whatever the variable is called.
resource "azurerm_container_group" "worker" {
  name                = "aci-worker"
  location            = "westeurope"
  resource_group_name = "rg"
  os_type             = "Linux"
  ip_address_type     = "Private"
  subnet_ids          = ["subnet-id"]

  init_container {
    name  = "fetch"
    image = "myregistry.azurecr.io/fetch:1.4.2"
    environment_variables = {
      REPO = "https://ci:Zk8qL2mP@git.acme.internal/shop/data.git" # expect: azure-container-group-secret-in-environment "init container `fetch` of `azurerm_container_group.worker` sets `REPO` to a connection string with a password"
    }
  }

  container {
    name   = "worker"
    image  = "myregistry.azurecr.io/worker:1.4.2"
    cpu    = "0.5"
    memory = "1.5"

    environment_variables = {
      STORAGE   = "DefaultEndpointsProtocol=https;AccountName=shopfiles;AccountKey=Tb4NFOqIQ1MWr7eTYH3ygZ97acfYwKeqUalbIJDqQxNnWbIGWcOsdh8sqebVkPO4dFqOnTUtxwNe9mnpBdDEB5==;EndpointSuffix=core.windows.net" # expect: azure-container-group-secret-in-environment "container `worker` of `azurerm_container_group.worker` sets `STORAGE` to an access token"
      LOG_LEVEL = "info"
    }
  }
}
