# CircleCI's OIDC provider is one organisation's own: its tokens go only to
# that organisation's jobs, whose id is the audience. Without a `sub`
# condition the role admits any project of the organisation, as a GitHub
# trust on `repo:OWNER/*` admits any repository of one owner.
resource "aws_iam_role" "circleci" {
  name = "circleci-deploy"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/oidc.circleci.com/org/0c2d1e5a-1111-2222-3333-444455556666" }
      Condition = { StringEquals = { "oidc.circleci.com/org/0c2d1e5a-1111-2222-3333-444455556666:aud" = "0c2d1e5a-1111-2222-3333-444455556666" } }
    }]
  })
}

# The provider by reference: the condition on its audience names it.
resource "aws_iam_openid_connect_provider" "circleci" {
  url            = "https://oidc.circleci.com/org/0c2d1e5a-1111-2222-3333-444455556666"
  client_id_list = ["0c2d1e5a-1111-2222-3333-444455556666"]
}

resource "aws_iam_role" "circleci_ref" {
  name = "circleci-ref"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = aws_iam_openid_connect_provider.circleci.arn }
      Condition = { StringEquals = { "oidc.circleci.com/org/0c2d1e5a-1111-2222-3333-444455556666:aud" = "0c2d1e5a-1111-2222-3333-444455556666" } }
    }]
  })
}

# A module's example, written before the organisation is known: the
# placeholder in the provider's address stands for one organisation's id,
# and the trust is limited to it once filled in.
resource "aws_iam_role" "circleci_placeholder" {
  name = "circleci-placeholder"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = ["sts:TagSession", "sts:AssumeRoleWithWebIdentity"]
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/oidc.circleci.com/org/<CIRCLECI_ORG_UUID>" }
      Condition = { StringEquals = { "oidc.circleci.com/org/<CIRCLECI_ORG_UUID>:aud" = ["<CIRCLECI_ORG_UUID>"] } }
    }]
  })
}

# The provider's address built from the account id of the caller, which is
# not known before the apply: the condition on the organisation's audience
# key names the provider.
data "aws_caller_identity" "current" {}

resource "aws_iam_role" "circleci_template" {
  name = "circleci-template"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:oidc-provider/oidc.circleci.com/org/0c2d1e5a-1111-2222-3333-444455556666"] }
      Condition = { StringEquals = { "oidc.circleci.com/org/0c2d1e5a-1111-2222-3333-444455556666:aud" = "0c2d1e5a-1111-2222-3333-444455556666" } }
    }]
  })
}
