# The settings of an Azure VM extension are JSON, often a heredoc: a
# password in `protected_settings` is found inside it, written there or
# given by a variable's default (Microsoft's Azure Virtual Desktop
# quickstart joins the domain this way); the public `settings` pass.
variable "domain_password" {
  default = "ChangeMe123!"
}
resource "azurerm_virtual_machine_extension" "join" {
  name                 = "join-domain"
  virtual_machine_id   = "vm"
  publisher            = "Microsoft.Compute"
  type                 = "JsonADDomainExtension"
  type_handler_version = "1.3"
  settings             = <<SETTINGS
    {
      "Name": "example.com",
      "User": "admin@example.com",
      "Restart": "true"
    }
SETTINGS
  protected_settings = <<PROTECTED_SETTINGS
    {
      "Password": "${var.domain_password}"
    }
PROTECTED_SETTINGS
}
resource "azurerm_virtual_machine_extension" "lit" {
  name                 = "lit"
  virtual_machine_id   = "vm"
  publisher            = "Microsoft.Compute"
  type                 = "CustomScript"
  type_handler_version = "1.3"
  protected_settings = <<PROTECTED_SETTINGS
    {
      "Password": "S3cr3t-Passw0rd!"
    }
PROTECTED_SETTINGS
}
