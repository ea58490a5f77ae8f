# The same policies written with Terraform's kubernetes provider.
resource "kubernetes_pod_security_policy" "any_user" {
  metadata {
    name = "any-user"
  }
  spec {
    volumes = ["configMap", "secret"]

    run_as_user {
      rule = "RunAsAny" # expect: k8s-pod-security-policy-allows-root "`runAsUser.rule` is not"
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

resource "kubernetes_pod_security_policy" "from_zero" {
  metadata {
    name = "from-zero"
  }
  spec {
    volumes = ["configMap", "secret"]

    run_as_user {
      rule = "MustRunAs"
      range {
        min = 0 # expect: k8s-pod-security-policy-allows-root "range starts at 0"
        max = 65535
      }
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

resource "kubernetes_pod_security_policy" "non_root" {
  metadata {
    name = "non-root"
  }
  spec {
    volumes = ["configMap", "secret"]

    run_as_user {
      rule = "MustRunAs"
      range {
        min = 1000
        max = 65535
      }
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
