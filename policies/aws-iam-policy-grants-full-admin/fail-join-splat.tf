variable "enabled" {
  type    = bool
  default = true
}

data "aws_iam_policy_document" "admin" {
  count = var.enabled ? 1 : 0
  statement {
    actions   = ["*"] # expect: aws-iam-policy-grants-full-admin fail
    resources = ["*"]
  }
}

# Cloud Posse's idiom for a document of a data source with `count`: the
# document joined out of its list of one. It is the document above, which
# is reported where it is written (it was "cannot decide" here).
resource "aws_iam_policy" "admin" {
  count  = var.enabled ? 1 : 0
  name   = "admin"
  policy = join("", data.aws_iam_policy_document.admin.*.json)
}
