resource "aws_eks_cluster" "main" { # expect: aws-eks-audit-logging-disabled
  name     = "main"
  role_arn = aws_iam_role.eks.arn
}
