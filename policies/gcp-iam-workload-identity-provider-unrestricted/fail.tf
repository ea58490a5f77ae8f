resource "google_iam_workload_identity_pool" "ci" {
  workload_identity_pool_id = "ci"
}

resource "google_iam_workload_identity_pool_provider" "github" { # expect: gcp-iam-workload-identity-provider-unrestricted "`google_iam_workload_identity_pool_provider.github` accepts every token of its issuer"
  workload_identity_pool_id          = google_iam_workload_identity_pool.ci.workload_identity_pool_id
  workload_identity_pool_provider_id = "github"
  attribute_mapping = {
    "google.subject"       = "assertion.sub"
    "attribute.repository" = "assertion.repository"
  }
  oidc {
    issuer_uri = "https://token.actions.githubusercontent.com"
  }
}

resource "google_iam_workload_identity_pool_provider" "branch_only" {
  workload_identity_pool_id          = google_iam_workload_identity_pool.ci.workload_identity_pool_id
  workload_identity_pool_provider_id = "github-main"
  attribute_mapping = {
    "google.subject" = "assertion.sub"
  }
  attribute_condition = "assertion.ref == 'refs/heads/main'" # expect: gcp-iam-workload-identity-provider-unrestricted "accepts GitHub Actions tokens of any repository"
  oidc {
    issuer_uri = "https://token.actions.githubusercontent.com/"
  }
}

resource "google_iam_workload_identity_pool_provider" "gitlab" {
  workload_identity_pool_id          = google_iam_workload_identity_pool.ci.workload_identity_pool_id
  workload_identity_pool_provider_id = "gitlab"
  attribute_mapping = {
    "google.subject" = "assertion.sub"
  }
  attribute_condition = "" # expect: gcp-iam-workload-identity-provider-unrestricted "no attribute condition"
  oidc {
    issuer_uri = "https://gitlab.com"
  }
}

# Conditions that name the subject or the repository with a value that
# pins no repository.
resource "google_iam_workload_identity_pool_provider" "sub_any" {
  workload_identity_pool_id          = google_iam_workload_identity_pool.ci.workload_identity_pool_id
  workload_identity_pool_provider_id = "sub-any"
  attribute_mapping = {
    "google.subject"       = "assertion.sub"
    "attribute.repository" = "assertion.repository"
  }
  attribute_condition = "assertion.sub == '*'" # expect: gcp-iam-workload-identity-provider-unrestricted "`google_iam_workload_identity_pool_provider.sub_any` accepts GitHub Actions tokens of any repository"
  oidc {
    issuer_uri = "https://token.actions.githubusercontent.com"
  }
}

resource "google_iam_workload_identity_pool_provider" "sub_repo_any" {
  workload_identity_pool_id          = google_iam_workload_identity_pool.ci.workload_identity_pool_id
  workload_identity_pool_provider_id = "sub-repo-any"
  attribute_mapping = {
    "google.subject"       = "assertion.sub"
    "attribute.repository" = "assertion.repository"
  }
  attribute_condition = "assertion.sub == 'repo:*'" # expect: gcp-iam-workload-identity-provider-unrestricted "`google_iam_workload_identity_pool_provider.sub_repo_any` accepts GitHub Actions tokens of any repository"
  oidc {
    issuer_uri = "https://token.actions.githubusercontent.com"
  }
}

resource "google_iam_workload_identity_pool_provider" "sub_owner_wildcard" {
  workload_identity_pool_id          = google_iam_workload_identity_pool.ci.workload_identity_pool_id
  workload_identity_pool_provider_id = "sub-owner-wildcard"
  attribute_mapping = {
    "google.subject"       = "assertion.sub"
    "attribute.repository" = "assertion.repository"
  }
  attribute_condition = "assertion.sub == 'repo:acme*'" # expect: gcp-iam-workload-identity-provider-unrestricted "`google_iam_workload_identity_pool_provider.sub_owner_wildcard` accepts GitHub Actions tokens of any repository"
  oidc {
    issuer_uri = "https://token.actions.githubusercontent.com"
  }
}

resource "google_iam_workload_identity_pool_provider" "sub_invalid" {
  workload_identity_pool_id          = google_iam_workload_identity_pool.ci.workload_identity_pool_id
  workload_identity_pool_provider_id = "sub-invalid"
  attribute_mapping = {
    "google.subject"       = "assertion.sub"
    "attribute.repository" = "assertion.repository"
  }
  attribute_condition = "assertion.sub == 'invalid'" # expect: gcp-iam-workload-identity-provider-unrestricted "`google_iam_workload_identity_pool_provider.sub_invalid` accepts GitHub Actions tokens of any repository"
  oidc {
    issuer_uri = "https://token.actions.githubusercontent.com"
  }
}

resource "google_iam_workload_identity_pool_provider" "sub_workflow" {
  workload_identity_pool_id          = google_iam_workload_identity_pool.ci.workload_identity_pool_id
  workload_identity_pool_provider_id = "sub-workflow"
  attribute_mapping = {
    "google.subject"       = "assertion.sub"
    "attribute.repository" = "assertion.repository"
  }
  attribute_condition = "assertion.sub == 'workflow:deploy:repo:acme/app:ref:refs/heads/main'" # expect: gcp-iam-workload-identity-provider-unrestricted "`google_iam_workload_identity_pool_provider.sub_workflow` accepts GitHub Actions tokens of any repository"
  oidc {
    issuer_uri = "https://token.actions.githubusercontent.com"
  }
}

resource "google_iam_workload_identity_pool_provider" "sub_prefix_any" {
  workload_identity_pool_id          = google_iam_workload_identity_pool.ci.workload_identity_pool_id
  workload_identity_pool_provider_id = "sub-prefix-any"
  attribute_mapping = {
    "google.subject"       = "assertion.sub"
    "attribute.repository" = "assertion.repository"
  }
  attribute_condition = "assertion.sub.startsWith('repo:')" # expect: gcp-iam-workload-identity-provider-unrestricted "`google_iam_workload_identity_pool_provider.sub_prefix_any` accepts GitHub Actions tokens of any repository"
  oidc {
    issuer_uri = "https://token.actions.githubusercontent.com"
  }
}

resource "google_iam_workload_identity_pool_provider" "sub_prefix_owner_only" {
  workload_identity_pool_id          = google_iam_workload_identity_pool.ci.workload_identity_pool_id
  workload_identity_pool_provider_id = "sub-prefix-owner-only"
  attribute_mapping = {
    "google.subject"       = "assertion.sub"
    "attribute.repository" = "assertion.repository"
  }
  attribute_condition = "assertion.sub.startsWith('repo:acme')" # expect: gcp-iam-workload-identity-provider-unrestricted "`google_iam_workload_identity_pool_provider.sub_prefix_owner_only` accepts GitHub Actions tokens of any repository"
  oidc {
    issuer_uri = "https://token.actions.githubusercontent.com"
  }
}

resource "google_iam_workload_identity_pool_provider" "repository_wildcard" {
  workload_identity_pool_id          = google_iam_workload_identity_pool.ci.workload_identity_pool_id
  workload_identity_pool_provider_id = "repository-wildcard"
  attribute_mapping = {
    "google.subject"       = "assertion.sub"
    "attribute.repository" = "assertion.repository"
  }
  attribute_condition = "assertion.repository == '*' && assertion.ref == 'refs/heads/main'" # expect: gcp-iam-workload-identity-provider-unrestricted "`google_iam_workload_identity_pool_provider.repository_wildcard` accepts GitHub Actions tokens of any repository"
  oidc {
    issuer_uri = "https://token.actions.githubusercontent.com"
  }
}

resource "google_iam_workload_identity_pool_provider" "repository_not_compared" {
  workload_identity_pool_id          = google_iam_workload_identity_pool.ci.workload_identity_pool_id
  workload_identity_pool_provider_id = "repository-not-compared"
  attribute_mapping = {
    "google.subject"       = "assertion.sub"
    "attribute.repository" = "assertion.repository"
  }
  attribute_condition = "has(assertion.repository)" # expect: gcp-iam-workload-identity-provider-unrestricted "`google_iam_workload_identity_pool_provider.repository_not_compared` accepts GitHub Actions tokens of any repository"
  oidc {
    issuer_uri = "https://token.actions.githubusercontent.com"
  }
}
