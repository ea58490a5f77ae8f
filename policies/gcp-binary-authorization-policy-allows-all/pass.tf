resource "google_binary_authorization_attestor" "ci" {
  name = "ci"
  attestation_authority_note {
    note_reference = "projects/acme-prod/notes/ci"
  }
}

resource "google_binary_authorization_policy" "signed_only" {
  project = "acme-prod"
  admission_whitelist_patterns {
    name_pattern = "gcr.io/google_containers/*"
  }
  default_admission_rule {
    evaluation_mode         = "REQUIRE_ATTESTATION"
    enforcement_mode        = "ENFORCED_BLOCK_AND_AUDIT_LOG"
    require_attestations_by = [google_binary_authorization_attestor.ci.name]
  }
  cluster_admission_rules {
    cluster          = "europe-west1.locked"
    evaluation_mode  = "ALWAYS_DENY"
    enforcement_mode = "ENFORCED_BLOCK_AND_AUDIT_LOG"
  }
}
