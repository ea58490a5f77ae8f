resource "kubernetes_namespace_v1" "payments" {
  metadata {
    name = "payments"
    labels = {
      "pod-security.kubernetes.io/enforce" = "restricted"
    }
  }
}

resource "kubernetes_namespace" "reports" {
  metadata {
    name = "reports" # expect: k8s-namespace-pod-security-not-enforced fail "namespace `reports` sets no"
  }
}
