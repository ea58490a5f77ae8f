variable "default_rule" {
  default = {
    evaluation_mode  = "ALWAYS_ALLOW"
    enforcement_mode = "ENFORCED_BLOCK_AND_AUDIT_LOG"
  }
}

resource "google_binary_authorization_policy" "open" {
  project = "acme-prod"
  default_admission_rule {
    evaluation_mode  = var.default_rule.evaluation_mode # expect: gcp-binary-authorization-policy-allows-all "by default"
    enforcement_mode = var.default_rule.enforcement_mode
  }
}

resource "google_binary_authorization_policy" "exception" {
  project = "acme-stage"
  default_admission_rule {
    evaluation_mode         = "REQUIRE_ATTESTATION"
    enforcement_mode        = "ENFORCED_BLOCK_AND_AUDIT_LOG"
    require_attestations_by = ["projects/acme-stage/attestors/ci"]
  }
  cluster_admission_rules {
    cluster          = "europe-west1.sandbox"
    evaluation_mode  = "ALWAYS_ALLOW" # expect: gcp-binary-authorization-policy-allows-all "`europe-west1.sandbox`"
    enforcement_mode = "DRYRUN_AUDIT_LOG_ONLY"
  }
}
