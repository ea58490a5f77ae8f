# Through Terraform's kubernetes provider `data` is text: an address
# without a password is not a secret, one with a password is.
resource "kubernetes_secret_v1" "backends" {
  metadata {
    name      = "backends"
    namespace = "shop"
  }
  data = {
    MONGO_URL = "mongodb://mongodb:27017"
    REDIS_URL = "redis://redis:6379/0"
  }
}

resource "kubernetes_secret_v1" "backends_with_login" {
  metadata {
    name      = "backends-with-login"
    namespace = "shop"
  }
  data = {
    MONGO_URL = "mongodb://app:Zq8-rT4w@mongodb:27017/app" # expect: k8s-secret-manifest-has-data "`kubernetes_secret_v1.backends_with_login`"
  }
}
