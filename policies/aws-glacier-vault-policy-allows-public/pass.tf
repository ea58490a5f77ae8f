resource "aws_glacier_vault" "archive" {
  name = "archive"
  access_policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {"Sid": "Auditors", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/auditor"},
     "Action": ["glacier:InitiateJob", "glacier:GetJobOutput"], "Resource": "*"},
    {"Sid": "DenyDelete", "Effect": "Deny", "Principal": "*", "Action": "glacier:DeleteArchive", "Resource": "*"},
    {"Sid": "Organisation", "Effect": "Allow", "Principal": "*", "Action": "glacier:ListJobs", "Resource": "*",
     "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}}
  ]
}
POLICY
}

# No access policy: only the account's IAM policies grant access.
resource "aws_glacier_vault" "plain" {
  name = "plain"
}
