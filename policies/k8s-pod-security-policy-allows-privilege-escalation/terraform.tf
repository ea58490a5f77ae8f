# The same policy written with Terraform's kubernetes provider.
resource "kubernetes_pod_security_policy" "default" {
  metadata {
    name = "default"
  }
  spec { # expect: k8s-pod-security-policy-allows-privilege-escalation "`allowPrivilegeEscalation` is not"
    volumes = ["configMap", "secret"]

    run_as_user {
      rule = "MustRunAsNonRoot"
    }
    se_linux {
      rule = "RunAsAny"
    }
    supplemental_groups {
      rule = "RunAsAny"
    }
    fs_group {
      rule = "RunAsAny"
    }
  }
}

resource "kubernetes_pod_security_policy" "no_escalation" {
  metadata {
    name = "no-escalation"
  }
  spec {
    allow_privilege_escalation = false
    volumes                    = ["configMap", "secret"]

    run_as_user {
      rule = "MustRunAsNonRoot"
    }
    se_linux {
      rule = "RunAsAny"
    }
    supplemental_groups {
      rule = "RunAsAny"
    }
    fs_group {
      rule = "RunAsAny"
    }
  }
}
