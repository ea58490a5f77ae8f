resource "aws_iam_user" "ci" {
  name = "ci"
}

# A key kept inactive, to be turned on only in an emergency.
resource "aws_iam_access_key" "spare" {
  user   = aws_iam_user.ci.name
  status = "Inactive"
}
