# A statement that trusts GitHub as well as CircleCI's provider, and one
# whose provider is a reference with only an `...IfExists` condition on a
# CircleCI key, which a token of another provider passes. The message names
# the statement when it has a `Sid`.
resource "aws_iam_role" "mixed" {
  name = "mixed"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "CiDeploy"
      Effect    = "Allow" # expect: aws-iam-role-trust-policy-allows-any-web-identity "limits the subject (statement `CiDeploy`)"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = [
        "arn:aws:iam::123456789012:oidc-provider/oidc.circleci.com/org/0c2d1e5a-1111-2222-3333-444455556666",
        "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com",
      ] }
    }]
  })
}

resource "aws_iam_role" "if_exists" {
  name = "if-exists"
  # expect: aws-iam-role-trust-policy-allows-any-web-identity "`aws_iam_role.if_exists` can be assumed by any identity of its web identity provider: no condition limits the subject"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = var.provider_arn }
      Condition = { StringEqualsIfExists = { "oidc.circleci.com/org/0c2d1e5a-1111-2222-3333-444455556666:aud" = "0c2d1e5a-1111-2222-3333-444455556666" } }
    }]
  })
}

variable "provider_arn" {}

# GitHub's provider by a template address: the audience GitHub gives every
# token does not name one organisation.
data "aws_caller_identity" "current" {}

resource "aws_iam_role" "github_template" {
  name = "github-template"
  # expect: aws-iam-role-trust-policy-allows-any-web-identity "`aws_iam_role.github_template` can be assumed"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:oidc-provider/token.actions.githubusercontent.com"] }
      Condition = { StringEquals = { "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com" } }
    }]
  })
}
