# Interpolations known or not, a heredoc document whose statements are all
# narrow passes (it is not left unknown as a whole).
variable "bucket" {
  default = "acme-reports"
}

resource "aws_kms_key" "reports" {
  enable_key_rotation = true
}

resource "aws_iam_policy" "reports" {
  name   = "reports"
  policy = <<-POLICY
    {
      "Version": "2012-10-17",
      "Statement": [
        {"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "arn:aws:s3:::${var.bucket}/*"},
        {"Effect": "Allow", "Action": ["kms:Decrypt"], "Resource": "${aws_kms_key.reports.arn}"}
      ]
    }
  POLICY
}
