resource "aws_guardduty_detector" "main" {
  enable = true
}

resource "aws_guardduty_organization_configuration" "all" {
  detector_id                      = aws_guardduty_detector.main.id
  auto_enable_organization_members = "ALL"
}

resource "aws_guardduty_organization_configuration" "legacy" {
  detector_id = aws_guardduty_detector.main.id
  auto_enable = true
}
