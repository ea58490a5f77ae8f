resource "azurerm_container_registry_webhook" "deploy" {
  name                = "deploy"
  resource_group_name = "rg"
  registry_name       = "acrprod"
  location            = "westeurope"
  service_uri         = "https://deployer.example.com/hooks/acr"
  status              = "enabled"
  scope               = "app:*"
  actions             = ["push"]
}
