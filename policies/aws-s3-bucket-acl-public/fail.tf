resource "aws_s3_bucket" "legacy" {
  bucket = "acme-legacy"
  acl    = "public-read" # expect: aws-s3-bucket-acl-public
}

variable "acl" {
  default = "public-read-write"
}

resource "aws_s3_bucket_acl" "site" {
  bucket = "acme-site"
  acl    = var.acl # expect: aws-s3-bucket-acl-public
}

data "aws_canonical_user_id" "current" {}

resource "aws_s3_bucket_acl" "downloads" {
  bucket = "acme-downloads"
  access_control_policy {
    grant {
      grantee {
        id   = data.aws_canonical_user_id.current.id
        type = "CanonicalUser"
      }
      permission = "FULL_CONTROL"
    }
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AllUsers" # expect: aws-s3-bucket-acl-public "`READ`"
      }
      permission = "READ"
    }
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers" # expect: aws-s3-bucket-acl-public "AuthenticatedUsers"
      }
      permission = "WRITE"
    }
    owner {
      id = data.aws_canonical_user_id.current.id
    }
  }
}

resource "aws_s3_bucket" "v3_grants" {
  bucket = "acme-v3-grants"
  grant {
    type        = "Group"
    permissions = ["READ_ACP", "READ"]
    uri         = "http://acs.amazonaws.com/groups/global/AllUsers" # expect: aws-s3-bucket-acl-public "`aws_s3_bucket.v3_grants`"
  }
}
