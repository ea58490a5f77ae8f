resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = aws_iam_role.eks.arn
  vpc_config { # expect: aws-eks-endpoint-public
    subnet_ids = ["subnet-1", "subnet-2"]
  }
}

resource "aws_eks_cluster" "world" {
  name     = "world"
  role_arn = aws_iam_role.eks.arn
  vpc_config {
    subnet_ids              = ["subnet-1", "subnet-2"]
    endpoint_public_access  = true
    public_access_cidrs     = ["10.0.0.0/8", "0.0.0.0/0"] # expect: aws-eks-endpoint-public "`aws_eks_cluster.world`"
  }
}
