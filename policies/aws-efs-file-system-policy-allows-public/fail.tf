resource "aws_efs_file_system" "media" {
  creation_token = "media"
  encrypted      = true
}

resource "aws_efs_file_system_policy" "media" {
  file_system_id = aws_efs_file_system.media.id
  policy = jsonencode({ # expect: aws-efs-file-system-policy-allows-public "(statement `AnyoneMounts`)"
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AnyoneMounts"
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"]
      Resource  = aws_efs_file_system.media.arn
      Condition = { Bool = { "aws:SecureTransport" = "true" } }
    }]
  })
}
