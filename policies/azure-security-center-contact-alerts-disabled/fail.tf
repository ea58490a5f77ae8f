resource "azurerm_security_center_contact" "quiet" {
  name                = "quiet"
  email               = "security@example.com"
  alert_notifications = false # expect: azure-security-center-contact-alerts-disabled "does not receive"
  alerts_to_admins    = false # expect: azure-security-center-contact-alerts-disabled "subscription owners"
}

resource "azurerm_security_center_contact" "nobody" {
  name                = "nobody"
  email               = "" # expect: azure-security-center-contact-alerts-disabled "no email"
  alert_notifications = true
  alerts_to_admins    = true
}
