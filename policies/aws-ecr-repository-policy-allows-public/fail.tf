resource "aws_ecr_repository" "app" {
  name = "app"
}

resource "aws_ecr_repository_policy" "app" {
  repository = aws_ecr_repository.app.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "Public"
      Effect    = "Allow" # expect: aws-ecr-repository-policy-allows-public "`aws_ecr_repository_policy.app`"
      Principal = "*"
      Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:PutImage"]
    }]
  })
}

data "aws_iam_policy_document" "tools" {
  statement {
    sid     = "AnyAccount"
    actions = ["ecr:BatchGetImage"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    condition {
      test     = "StringLike"
      variable = "aws:PrincipalOrgID"
      values   = ["*"]
    }
  }
}

resource "aws_ecr_repository_policy" "tools" {
  repository = "tools"
  policy     = data.aws_iam_policy_document.tools.json # expect: aws-ecr-repository-policy-allows-public "`AnyAccount`"
}
