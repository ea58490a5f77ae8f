resource "aws_kms_key" "workspaces" {
  description         = "WorkSpaces volumes"
  enable_key_rotation = true
}

resource "aws_workspaces_workspace" "encrypted" {
  directory_id                   = "d-0123456789"
  bundle_id                      = "wsb-0123456789"
  user_name                      = "alice"
  volume_encryption_key          = aws_kms_key.workspaces.arn
  root_volume_encryption_enabled = true
  user_volume_encryption_enabled = true
}
