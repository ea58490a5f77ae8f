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
