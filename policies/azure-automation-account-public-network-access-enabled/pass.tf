variable "public_access" {
  type    = bool
  default = false
}

resource "azurerm_automation_account" "private" {
  name                          = "aa-private"
  location                      = "westeurope"
  resource_group_name           = "rg"
  sku_name                      = "Basic"
  public_network_access_enabled = false
  local_authentication_enabled  = false

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_automation_account" "from_var" {
  name                          = "aa-var"
  location                      = "westeurope"
  resource_group_name           = "rg"
  sku_name                      = "Basic"
  public_network_access_enabled = var.public_access
}
