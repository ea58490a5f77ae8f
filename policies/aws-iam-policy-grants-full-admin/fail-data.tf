# A data source is reported where it is written, whether a resource uses it,
# creates it with `count`, or nobody uses it yet.
data "aws_iam_policy_document" "unused" {
  statement {
    sid       = "Everything"
    effect    = "Allow" # expect: aws-iam-policy-grants-full-admin "`data.aws_iam_policy_document.unused`"
    actions   = ["*"]
    resources = ["*"]
  }
}

data "aws_iam_policy_document" "counted" {
  count = 1
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::acme-reports/*"]
  }
  statement {
    actions   = ["*:*"] # expect: aws-iam-policy-grants-full-admin "data.aws_iam_policy_document.counted"
    resources = ["*"]
  }
}

# The same statement written with `jsonencode` in another resource is
# reported there.
resource "aws_iam_policy" "inline" {
  name = "inline"
  policy = jsonencode({
    Statement = [{
      Effect   = "Allow" # expect: aws-iam-policy-grants-full-admin "`aws_iam_policy.inline`"
      Action   = "*"
      Resource = "*"
    }]
  })
}
