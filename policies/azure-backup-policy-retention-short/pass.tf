resource "azurerm_backup_policy_file_share" "shares" {
  name                = "shares-daily"
  resource_group_name = "rg-backup"
  recovery_vault_name = "rsv-prod"

  backup {
    frequency = "Daily"
    time      = "23:00"
  }

  retention_daily {
    count = 30
  }
}

resource "azurerm_backup_policy_vm" "vms" {
  name                = "vm-daily"
  resource_group_name = "rg-backup"
  recovery_vault_name = "rsv-prod"

  backup {
    frequency = "Daily"
    time      = "23:00"
  }

  retention_daily {
    count = 7
  }
}

# workload (SQL, SAP HANA) policies set retention per protection_policy; not read here
resource "azurerm_backup_policy_vm_workload" "sql" {
  name                = "sql"
  resource_group_name = "rg-backup"
  recovery_vault_name = "rsv-prod"
  workload_type       = "SQLDataBase"
}

# `count` is required by the provider; a block without it is not judged
resource "azurerm_backup_policy_file_share" "draft" {
  name                = "draft"
  resource_group_name = "rg-backup"
  recovery_vault_name = "rsv-prod"

  backup {
    frequency = "Daily"
    time      = "23:00"
  }

  retention_daily {
  }
}
