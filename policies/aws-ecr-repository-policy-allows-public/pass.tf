variable "org_id" {
  type    = string
  default = "o-a1b2c3d4e5"
}

resource "aws_ecr_repository" "app" {
  name = "app"
}

resource "aws_ecr_repository_policy" "app" {
  repository = aws_ecr_repository.app.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "Organisation"
        Effect    = "Allow"
        Principal = "*"
        Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
        Condition = { StringEquals = { "aws:PrincipalOrgID" = [var.org_id] } }
      },
      {
        Sid       = "Ci"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::111122223333:role/ci" }
        Action    = ["ecr:PutImage", "ecr:InitiateLayerUpload", "ecr:UploadLayerPart", "ecr:CompleteLayerUpload"]
      }
    ]
  })
}
