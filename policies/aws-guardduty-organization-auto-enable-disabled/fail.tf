resource "aws_guardduty_detector" "main" {
  enable = true
}

resource "aws_guardduty_organization_configuration" "none" {
  detector_id                      = aws_guardduty_detector.main.id
  auto_enable_organization_members = "NONE" # expect: aws-guardduty-organization-auto-enable-disabled "`aws_guardduty_organization_configuration.none`"
}

resource "aws_guardduty_organization_configuration" "legacy" {
  detector_id = aws_guardduty_detector.main.id
  auto_enable = false # expect: aws-guardduty-organization-auto-enable-disabled "`aws_guardduty_organization_configuration.legacy`"
}
