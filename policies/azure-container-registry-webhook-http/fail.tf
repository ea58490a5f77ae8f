resource "azurerm_container_registry_webhook" "deploy" {
  name                = "deploy"
  resource_group_name = "rg"
  registry_name       = "acrprod"
  location            = "westeurope"
  service_uri         = "http://deployer.example.com/hooks/acr" # expect: azure-container-registry-webhook-http
  status              = "enabled"
  scope               = "app:*"
  actions             = ["push"]
  custom_headers      = { Authorization = "Bearer not-a-real-token" }
}
