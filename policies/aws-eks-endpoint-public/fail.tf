resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = aws_iam_role.eks.arn
  vpc_config { # expect: aws-eks-endpoint-public
    subnet_ids = ["subnet-1", "subnet-2"]
  }
}
