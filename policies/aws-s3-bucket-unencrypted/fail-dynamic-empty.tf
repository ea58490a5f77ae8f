# AWS provider v3 modules write the inline encryption block as a `dynamic`
# block whose `for_each` is empty unless a configuration is given: no block
# is made, so the bucket declares no default encryption.
variable "server_side_encryption_configuration" {
  type    = any
  default = {}
}

# expect: aws-s3-bucket-unencrypted "`aws_s3_bucket.this`"
resource "aws_s3_bucket" "this" {
  bucket = "acme-data"

  dynamic "server_side_encryption_configuration" {
    for_each = length(keys(var.server_side_encryption_configuration)) == 0 ? [] : [var.server_side_encryption_configuration]

    content {
      rule {
        apply_server_side_encryption_by_default {
          sse_algorithm = server_side_encryption_configuration.value.sse_algorithm
        }
      }
    }
  }
}
