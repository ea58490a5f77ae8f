resource "azurerm_api_management_api" "orders" {
  name                = "orders"
  resource_group_name = "rg-apim"
  api_management_name = "apim-acme"
  revision            = "1"
  display_name        = "Orders API"
  path                = "orders"
  protocols           = ["https", "http"] # expect: azure-api-management-api-http-allowed "`azurerm_api_management_api.orders`"
}

resource "azurerm_api_management_api" "chat" {
  name                = "chat"
  resource_group_name = "rg-apim"
  api_management_name = "apim-acme"
  revision            = "1"
  display_name        = "Chat"
  path                = "chat"
  api_type            = "websocket"
  service_url         = "wss://chat.internal.acme.example"
  protocols           = ["ws"] # expect: azure-api-management-api-http-allowed "`azurerm_api_management_api.chat`"
}
