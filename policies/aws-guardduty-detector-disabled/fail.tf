resource "aws_guardduty_detector" "main" {
  enable = false # expect: aws-guardduty-detector-disabled
}
