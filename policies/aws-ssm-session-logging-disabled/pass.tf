resource "aws_ssm_document" "to_s3" {
  name          = "SSM-SessionManagerRunShell"
  document_type = "Session"

  content = <<DOC
  {
    "schemaVersion": "1.0",
    "description": "Document to hold regional settings for Session Manager",
    "sessionType": "Standard_Stream",
    "inputs": {
      "s3BucketName": "acme-session-logs",
      "s3KeyPrefix": "sessions/",
      "s3EncryptionEnabled": true,
      "cloudWatchLogGroupName": "",
      "idleSessionTimeout": "20"
    }
  }
DOC
}

resource "aws_ssm_document" "to_cloudwatch" {
  name          = "session-preferences"
  document_type = "Session"
  content = jsonencode({
    schemaVersion = "1.0"
    description   = "Session Manager preferences"
    sessionType   = "Standard_Stream"
    inputs = {
      cloudWatchLogGroupName      = "/ssm/sessions"
      cloudWatchEncryptionEnabled = true
      cloudWatchStreamingEnabled  = true
    }
  })
}

# A session document for port forwarding has no logging preferences.
resource "aws_ssm_document" "port_forwarding" {
  name          = "port-forward-postgres"
  document_type = "Session"
  content = jsonencode({
    schemaVersion = "1.0"
    description   = "Forward the database port"
    sessionType   = "Port"
    properties    = { portNumber = "5432" }
  })
}

# YAML content is not read.
resource "aws_ssm_document" "yaml" {
  name            = "session-preferences-yaml"
  document_type   = "Session"
  document_format = "YAML"
  content         = <<DOC
schemaVersion: '1.0'
sessionType: Standard_Stream
inputs:
  s3BucketName: ''
DOC
}

resource "aws_ssm_document" "command" {
  name          = "restart-app"
  document_type = "Command"
  content = jsonencode({
    schemaVersion = "2.2"
    mainSteps     = []
  })
}
