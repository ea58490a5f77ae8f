# AWS provider v3 modules write the inline `logging` block as a `dynamic`
# block whose `for_each` is empty unless a target is given: no block is
# made, so the bucket does not log.
variable "logging" {
  type    = map(string)
  default = {}
}

# expect: aws-s3-bucket-logging-disabled "`aws_s3_bucket.this`"
resource "aws_s3_bucket" "this" {
  bucket = "acme-data"

  dynamic "logging" {
    for_each = length(keys(var.logging)) == 0 ? [] : [var.logging]

    content {
      target_bucket = logging.value.target_bucket
      target_prefix = lookup(logging.value, "target_prefix", null)
    }
  }
}
