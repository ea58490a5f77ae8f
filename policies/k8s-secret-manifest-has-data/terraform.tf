# The provider's `kubernetes_secret` takes `data` in plain text (it encodes
# it): a literal value is the secret itself, committed.
resource "kubernetes_secret" "db" {
  metadata {
    name      = "db"
    namespace = "shop"
  }
  data = {
    username = "shop"        # expect: k8s-secret-manifest-has-data "`data`"
    password = var.db_password
  }
}

resource "kubernetes_secret_v1" "from_store" {
  metadata {
    name      = "from-store"
    namespace = "shop"
  }
  data = {
    token = data.vault_generic_secret.shop.data["token"]
  }
}

variable "db_password" {
  type      = string
  sensitive = true
}
