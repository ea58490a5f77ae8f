variable "subscription_id" {}
variable "principal_id" {}

resource "azapi_resource" "standing_reader" {
  type      = "Microsoft.Authorization/roleAssignmentScheduleRequests@2022-04-01-preview"
  name      = "7b1f3c2e-0d4a-4c1e-9f6b-2a5d8e9c1b30"
  parent_id = "/subscriptions/${var.subscription_id}"
  body = {
    properties = {
      principalId      = var.principal_id
      roleDefinitionId = "/subscriptions/${var.subscription_id}/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7"
      requestType      = "AdminAssign"
      scheduleInfo = {
        startDateTime = "2026-03-01T08:00:00Z"
        expiration    = { type = "NoExpiration" } # expect: azure-pim-active-role-assignment-permanent "`azapi_resource.standing_reader`"
      }
    }
  }
}
