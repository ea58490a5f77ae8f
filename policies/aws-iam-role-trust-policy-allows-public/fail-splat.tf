# cloudposse's modules read a counted policy document with a splat and
# `one(...)`: the document is the same as through `[0]`.
variable "enabled" {
  default = true
}

data "aws_iam_policy_document" "assume" {
  count = var.enabled ? 1 : 0
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

resource "aws_iam_role" "default" {
  count              = var.enabled ? 1 : 0
  name               = "eks-cluster"
  assume_role_policy = one(data.aws_iam_policy_document.assume[*].json) # expect: aws-iam-role-trust-policy-allows-public fail
}
