variable "subscription_id" {}
variable "principal_id" {}

resource "azapi_resource" "timed_contributor" {
  type      = "Microsoft.Authorization/roleAssignmentScheduleRequests@2022-04-01-preview"
  name      = "2c9e4f1a-8b3d-4e7a-a1c6-5f0b9d2e7a41"
  parent_id = "/subscriptions/${var.subscription_id}"
  body = {
    properties = {
      principalId      = var.principal_id
      roleDefinitionId = "/subscriptions/${var.subscription_id}/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c"
      requestType      = "AdminAssign"
      scheduleInfo = {
        startDateTime = "2026-03-01T08:00:00Z"
        expiration    = { type = "AfterDuration", duration = "PT8H" }
      }
    }
  }
}

resource "azapi_resource" "until_date" {
  type      = "Microsoft.Authorization/roleAssignmentScheduleRequests@2022-04-01-preview"
  name      = "5d8a1e3f-6c2b-4a9d-b7e0-3f1c9a6d2b84"
  parent_id = "/subscriptions/${var.subscription_id}"
  body = {
    properties = {
      principalId      = var.principal_id
      roleDefinitionId = "/subscriptions/${var.subscription_id}/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c"
      requestType      = "AdminAssign"
      scheduleInfo = {
        expiration = { type = "AfterDateTime", endDateTime = "2026-04-01T00:00:00Z" }
      }
    }
  }
}

# A plain role assignment is not a PIM schedule request.
resource "azapi_resource" "plain" {
  type      = "Microsoft.Authorization/roleAssignments@2022-04-01"
  name      = "9a3c7e1b-2d4f-4b8a-9e6c-1f5d3b7a9c02"
  parent_id = "/subscriptions/${var.subscription_id}"
  body = {
    properties = {
      principalId      = var.principal_id
      roleDefinitionId = "/subscriptions/${var.subscription_id}/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7"
    }
  }
}
