resource "aws_ssm_document" "session_preferences" { # expect: aws-ssm-session-logging-disabled "`aws_ssm_document.session_preferences`"
  name          = "SSM-SessionManagerRunShell"
  document_type = "Session"

  content = <<DOC
  {
    "schemaVersion": "1.0",
    "description": "Document to hold regional settings for Session Manager",
    "sessionType": "Standard_Stream",
    "inputs": {
      "s3BucketName": "",
      "s3KeyPrefix": "",
      "s3EncryptionEnabled": true,
      "cloudWatchLogGroupName": "",
      "cloudWatchEncryptionEnabled": true,
      "idleSessionTimeout": "20",
      "runAsEnabled": false
    }
  }
DOC
}

resource "aws_ssm_document" "encoded" {
  name          = "session-preferences"
  document_type = "Session"
  content = jsonencode({
    schemaVersion = "1.0"
    description   = "Session Manager preferences"
    sessionType   = "Standard_Stream"
    inputs = { # expect: aws-ssm-session-logging-disabled "`aws_ssm_document.encoded`"
      idleSessionTimeout = "20"
      kmsKeyId           = "alias/session-manager"
    }
  })
}
