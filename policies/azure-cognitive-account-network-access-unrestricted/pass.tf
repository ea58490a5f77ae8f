variable "subnet_id" {}

resource "azurerm_cognitive_account" "private" {
  name                          = "private"
  location                      = "swedencentral"
  resource_group_name           = "rg"
  kind                          = "OpenAI"
  sku_name                      = "S0"
  custom_subdomain_name         = "private-example"
  public_network_access_enabled = false
  local_auth_enabled            = false
}

resource "azurerm_cognitive_account" "selected" {
  name                  = "selected"
  location              = "westeurope"
  resource_group_name   = "rg"
  kind                  = "TextAnalytics"
  sku_name              = "S"
  custom_subdomain_name = "selected-example"

  network_acls {
    default_action = "Deny"
    ip_rules       = ["203.0.113.0/24"]

    virtual_network_rules {
      subnet_id = var.subnet_id
    }
  }
}
