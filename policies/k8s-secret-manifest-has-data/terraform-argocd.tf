# Argo CD repository Secrets written with Terraform's kubernetes provider:
# `data` in plain text. The connection settings are literals, the key comes
# from a secret store: not flagged. The second writes its password.
resource "kubernetes_secret" "argocd_repo" {
  metadata {
    name      = "infra-repo"
    namespace = "argocd"
    labels = {
      "argocd.argoproj.io/secret-type" = "repository"
    }
  }
  data = {
    type          = "git"
    url           = "git@github.com:acme/infra.git"
    sshPrivateKey = data.aws_secretsmanager_secret_version.argocd_deploy_key.secret_string
  }
}

resource "kubernetes_secret_v1" "argocd_helm_repo" {
  metadata {
    name      = "charts"
    namespace = "argocd"
    labels = {
      "argocd.argoproj.io/secret-type" = "repository"
    }
  }
  data = {
    type     = "helm"
    url      = "https://charts.example.com"
    username = "argocd"
    password = "Sup3r-S3cret-Helm-Pass" # expect: k8s-secret-manifest-has-data "`data`"
  }
}

data "aws_secretsmanager_secret_version" "argocd_deploy_key" {
  secret_id = "argocd/infra-deploy-key"
}
