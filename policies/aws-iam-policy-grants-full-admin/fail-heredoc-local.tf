variable "region" {
  type = string
}

# A heredoc policy document that interpolates, kept in a local whose name
# is not a policy attribute's: the document as written decides, as it does
# in the resource.
locals {
  admin_document = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Action": "*",
          "Resource": "*",
          "Condition": {"StringEquals": {"aws:RequestedRegion": "${var.region}"}}
        }
      ]
    }
  EOT
}

resource "aws_iam_policy" "admin" {
  name   = "admin"
  policy = local.admin_document # expect: aws-iam-policy-grants-full-admin fail
}
