# The same policy written with Terraform's kubernetes provider.
resource "kubernetes_pod_security_policy" "network_tools" {
  metadata {
    name = "network-tools"
  }
  spec {
    allowed_capabilities       = ["NET_ADMIN", "CHOWN"] # expect: k8s-pod-security-policy-allows-dangerous-capabilities "add the capability `NET_ADMIN`"
    default_add_capabilities   = ["SYS_ADMIN"]          # expect: k8s-pod-security-policy-allows-dangerous-capabilities "adds the capability `SYS_ADMIN`"
    required_drop_capabilities = ["MKNOD"]              # expect: k8s-pod-security-policy-allows-dangerous-capabilities "drop `NET_RAW`"
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

resource "kubernetes_pod_security_policy" "restricted" {
  metadata {
    name = "restricted"
  }
  spec {
    required_drop_capabilities = ["ALL"]
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
