resource "azurerm_api_management_api" "orders" {
  name                = "orders"
  resource_group_name = "rg-apim"
  api_management_name = "apim-acme"
  revision            = "1"
  display_name        = "Orders API"
  path                = "orders"
  protocols           = ["https"]
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
  protocols           = ["WSS"]
}

# A revision that inherits the protocols of its source API.
resource "azurerm_api_management_api" "orders_v2" {
  name                = "orders;rev=2"
  resource_group_name = "rg-apim"
  api_management_name = "apim-acme"
  revision            = "2"
  source_api_id       = "${azurerm_api_management_api.orders.id};rev=1"
}
