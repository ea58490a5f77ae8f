resource "aws_workspaces_workspace" "default" { # expect: aws-workspaces-volume-unencrypted "root volume", aws-workspaces-volume-unencrypted "user volume"
  directory_id = "d-0123456789"
  bundle_id    = "wsb-0123456789"
  user_name    = "alice"
}

resource "aws_workspaces_workspace" "user_only" {
  directory_id                   = "d-0123456789"
  bundle_id                      = "wsb-0123456789"
  user_name                      = "bob"
  volume_encryption_key          = "alias/workspaces"
  root_volume_encryption_enabled = false # expect: aws-workspaces-volume-unencrypted "`aws_workspaces_workspace.user_only` does not encrypt its root volume"
  user_volume_encryption_enabled = true
}
