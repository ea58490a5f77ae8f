# One app per host name: the instance keys hold dots.
resource "azurerm_linux_web_app" "site" {
  for_each            = toset(["api.example.com", "www.example.com"])
  name                = replace(each.value, ".", "-")
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "plan"
  https_only          = each.value == "www.example.com" # expect: azure-app-service-http-allowed "api.example.com"
  site_config {}
}
