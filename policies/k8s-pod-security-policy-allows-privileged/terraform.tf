# The same policy written with Terraform's kubernetes provider.
resource "kubernetes_pod_security_policy" "node_agents" {
  metadata {
    name = "node-agents"
  }
  spec {
    privileged   = true # expect: k8s-pod-security-policy-allows-privileged "privileged"
    host_network = true # expect: k8s-pod-security-policy-allows-privileged "network"
    host_pid     = true # expect: k8s-pod-security-policy-allows-privileged "process namespace"
    host_ipc     = true # expect: k8s-pod-security-policy-allows-privileged "IPC"
    volumes      = ["hostPath", "secret"]

    run_as_user {
      rule = "RunAsAny"
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
    labels = {
      "app.kubernetes.io/managed_by" = "terraform"
    }
  }
  spec {
    privileged   = false
    host_network = false
    volumes      = ["configMap", "secret", "emptyDir"]

    run_as_user {
      rule = "MustRunAsNonRoot"
    }
    se_linux {
      rule = "RunAsAny"
    }
    supplemental_groups {
      rule = "MustRunAs"
      range {
        min = 1
        max = 65535
      }
    }
    fs_group {
      rule = "MustRunAs"
      range {
        min = 1
        max = 65535
      }
    }
  }
}
