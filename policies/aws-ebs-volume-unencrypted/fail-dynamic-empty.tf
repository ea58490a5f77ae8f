# terraform-aws-modules/ec2-instance writes the root volume as a `dynamic`
# block whose `for_each` is empty by default: no `root_block_device` block
# is made, so the root volume follows the AMI and is not encrypted.
variable "root_block_device" {
  type = object({
    encrypted   = optional(bool)
    volume_size = optional(number)
  })
  default = null
}

# expect: aws-ebs-volume-unencrypted "does not configure (and encrypt) its root volume"
resource "aws_instance" "this" {
  ami           = "ami-12345678"
  instance_type = "t3.micro"

  dynamic "root_block_device" {
    for_each = var.root_block_device != null ? [var.root_block_device] : []

    content {
      encrypted   = root_block_device.value.encrypted
      volume_size = root_block_device.value.volume_size
    }
  }
}
