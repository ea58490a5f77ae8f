
resource "aws_eks_cluster" "current" {
  name     = "prod"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"
  version  = "1.35"

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d"]
  }
}

resource "aws_eks_cluster" "latest" {
  name     = "latest"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d"]
  }
}
