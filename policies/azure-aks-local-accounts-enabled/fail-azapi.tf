# AKS clusters written with the AzAPI provider.
variable "parent_id" {}

variable "local_account_disabled" {
  default = false
}

# No `disableLocalAccounts`: ARM keeps the local accounts.
resource "azapi_resource" "default" {
  type      = "Microsoft.ContainerService/managedClusters@2024-09-01"
  name      = "aks-default"
  parent_id = var.parent_id
  location  = "westeurope"
  identity {
    type = "SystemAssigned"
  }
  body = {
    properties = { # expect: azure-aks-local-accounts-enabled fail "`disableLocalAccounts`"
      dnsPrefix = "aks-default"
      agentPoolProfiles = [{
        name   = "system"
        mode   = "System"
        count  = 3
        vmSize = "Standard_D4ds_v5"
      }]
    }
  }
}

resource "azapi_resource" "explicit" {
  type      = "Microsoft.ContainerService/managedClusters@2024-09-01"
  name      = "aks-explicit"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    properties = {
      dnsPrefix            = "aks-explicit"
      disableLocalAccounts = false # expect: azure-aks-local-accounts-enabled fail
    }
  }
}

# `jsonencode()`, with the value from a variable with a default.
resource "azapi_resource" "jsonencode" {
  type      = "microsoft.containerservice/managedclusters@2023-01-01"
  name      = "aks-json"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({ # expect: azure-aks-local-accounts-enabled fail
    properties = {
      dnsPrefix            = "aks-json"
      disableLocalAccounts = var.local_account_disabled
    }
  })
}

# A variable without a default: not known statically.
variable "disable_local_accounts" {}

resource "azapi_resource" "unknown" {
  type      = "Microsoft.ContainerService/managedClusters@2024-09-01"
  name      = "aks-unknown"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    properties = {
      dnsPrefix            = "aks-unknown"
      disableLocalAccounts = var.disable_local_accounts # expect: azure-aks-local-accounts-enabled unknown
    }
  }
}

# A Standard cluster that names its SKU: local accounts stay on.
resource "azapi_resource" "base_sku" {
  type      = "Microsoft.ContainerService/managedClusters@2025-07-01"
  name      = "aks-base-shop"
  parent_id = var.parent_id
  location  = "swedencentral"
  identity {
    type = "SystemAssigned"
  }
  body = {
    sku = { name = "Base", tier = "Free" }
    properties = { # expect: azure-aks-local-accounts-enabled fail "`disableLocalAccounts`"
      dnsPrefix = "aks-base-shop"
    }
  }
}
