variable "cluster_version" {
  type = string
}

resource "aws_eks_cluster" "from_input" {
  name     = "prod"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"
  version  = var.cluster_version # expect: aws-eks-cluster-version-unsupported unknown

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d"]
  }
}
