# The quota names its namespace through the namespace resource: attest does
# not read the arguments of other resources, so it cannot tell.
resource "kubernetes_namespace_v1" "ledger" {
  metadata {
    name = "ledger" # expect: k8s-namespace-without-resource-quota unknown
  }
}

resource "kubernetes_resource_quota_v1" "ledger" {
  metadata {
    name      = "compute"
    namespace = kubernetes_namespace_v1.ledger.metadata[0].name
  }
  spec {
    # expect: k8s-namespace-without-resource-quota fail "`kubernetes_resource_quota_v1.ledger` bounds neither CPU nor memory"
    hard = {
      pods = "10"
    }
  }
}
