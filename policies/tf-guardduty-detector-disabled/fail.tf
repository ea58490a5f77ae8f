resource "aws_guardduty_detector" "main" {
  enable = false # expect: tf-guardduty-detector-disabled
}
