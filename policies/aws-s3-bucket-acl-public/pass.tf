resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
  acl    = "private"
}

resource "aws_s3_bucket_acl" "logs" {
  bucket = aws_s3_bucket.data.id
  acl    = "log-delivery-write"
}

data "aws_canonical_user_id" "current" {}

# Explicit grants to the owner, another account and the log delivery group.
resource "aws_s3_bucket_acl" "shared" {
  bucket = "acme-shared"
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
        uri  = "http://acs.amazonaws.com/groups/s3/LogDelivery"
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
    id          = data.aws_canonical_user_id.current.id
    type        = "CanonicalUser"
    permissions = ["FULL_CONTROL"]
  }
}
