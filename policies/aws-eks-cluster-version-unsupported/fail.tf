variable "cluster_version" {
  type    = string
  default = "1.33"
}

resource "aws_eks_cluster" "prod" {
  name     = "prod"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"
  version  = var.cluster_version # expect: aws-eks-cluster-version-unsupported "`aws_eks_cluster.prod` runs Kubernetes 1.33"

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d"]
  }
}

resource "aws_eks_cluster" "nine" {
  name     = "legacy"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"
  version  = "1.9" # expect: aws-eks-cluster-version-unsupported

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d"]
  }
}
