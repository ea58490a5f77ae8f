# A heredoc document that interpolates a value attest cannot know (a key's
# ARN) is still read: only the string that interpolates is unknown, and the
# statement that allows everything is reported where it is written.
resource "aws_kms_key" "secrets" {
  enable_key_rotation = true
}

resource "aws_iam_policy" "external_secrets" {
  name   = "external-secrets"
  policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Action": "*", "Resource": "*"},
    {"Effect": "Allow", "Action": ["kms:Decrypt"], "Resource": "${aws_kms_key.secrets.arn}"}
  ]
}
POLICY
}
