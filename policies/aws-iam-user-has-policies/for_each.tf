# Instances whose key holds dots: the type is read from the address without
# the key (`aws_iam_user_policy_attachment.ops["arn:aws:iam::aws:policy/x.y"]`).
resource "aws_iam_user_policy_attachment" "ops" {
  for_each   = toset(["arn:aws:iam::123456789012:policy/ops.readonly"])
  user       = "ops" # expect: aws-iam-user-has-policies
  policy_arn = each.value
}
