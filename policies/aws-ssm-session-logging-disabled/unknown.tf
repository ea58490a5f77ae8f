resource "aws_s3_bucket" "session_logs" {
  bucket = "acme-session-logs"
}

resource "aws_ssm_document" "to_s3" {
  name          = "SSM-SessionManagerRunShell"
  document_type = "Session"

  # The JSON text has a reference in it: attest cannot read it.
  # expect: aws-ssm-session-logging-disabled unknown
  content = <<DOC
  {
    "schemaVersion": "1.0",
    "description": "Document to hold regional settings for Session Manager",
    "sessionType": "Standard_Stream",
    "inputs": {
      "s3BucketName": "${aws_s3_bucket.session_logs.id}",
      "s3KeyPrefix": "sessions/",
      "s3EncryptionEnabled": true,
      "cloudWatchLogGroupName": "",
      "idleSessionTimeout": "20"
    }
  }
DOC
}

