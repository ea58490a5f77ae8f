# Network security groups on interfaces do not cover the subnet when it
# holds something else too, or an interface without one.
resource "azurerm_network_security_group" "app" {
  name                = "nsg-app"
  location            = "uksouth"
  resource_group_name = "rg-app"
}

# A guarded interface and a private endpoint: the endpoint is not filtered.
resource "azurerm_subnet" "shared" { # expect: azure-subnet-without-nsg
  name                 = "snet-shared"
  resource_group_name  = "rg-app"
  virtual_network_name = "vnet-app"
  address_prefixes     = ["10.43.1.0/24"]
}

resource "azurerm_network_interface" "web" {
  name                = "nic-web"
  location            = "uksouth"
  resource_group_name = "rg-app"

  ip_configuration {
    name                          = "internal"
    subnet_id                     = azurerm_subnet.shared.id
    private_ip_address_allocation = "Dynamic"
  }
}

resource "azurerm_network_interface_security_group_association" "web" {
  network_interface_id      = azurerm_network_interface.web.id
  network_security_group_id = azurerm_network_security_group.app.id
}

resource "azurerm_private_endpoint" "db" {
  name                = "pe-db"
  location            = "uksouth"
  resource_group_name = "rg-app"
  subnet_id           = azurerm_subnet.shared.id

  private_service_connection {
    name                           = "db"
    private_connection_resource_id = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Sql/servers/sql-app"
    subresource_names              = ["sqlServer"]
    is_manual_connection           = false
  }
}

# Two interfaces, one of them without a network security group.
resource "azurerm_subnet" "workers" { # expect: azure-subnet-without-nsg
  name                 = "snet-workers"
  resource_group_name  = "rg-app"
  virtual_network_name = "vnet-app"
  address_prefixes     = ["10.43.2.0/24"]
}

resource "azurerm_network_interface" "worker_a" {
  name                = "nic-worker-a"
  location            = "uksouth"
  resource_group_name = "rg-app"

  ip_configuration {
    name                          = "internal"
    subnet_id                     = azurerm_subnet.workers.id
    private_ip_address_allocation = "Dynamic"
  }
}

resource "azurerm_network_interface_security_group_association" "worker_a" {
  network_interface_id      = azurerm_network_interface.worker_a.id
  network_security_group_id = azurerm_network_security_group.app.id
}

resource "azurerm_network_interface" "worker_b" {
  name                = "nic-worker-b"
  location            = "uksouth"
  resource_group_name = "rg-app"

  ip_configuration {
    name                          = "internal"
    subnet_id                     = azurerm_subnet.workers.id
    private_ip_address_allocation = "Dynamic"
  }
}
