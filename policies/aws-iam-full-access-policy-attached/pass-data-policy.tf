# Managed policies looked up with `data "aws_iam_policy"`, by name or by
# ARN: the attachment's `policy_arn` is the data source's, whose literal
# `name` or `arn` says which policy it is.
data "aws_iam_policy" "readonly" {
  name = "ReadOnlyAccess"
}

data "aws_iam_policy" "ssm_managed_instance" {
  arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"
}

data "aws_partition" "current" {}

data "aws_iam_policy" "cloudwatch_agent" {
  arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/CloudWatchAgentServerPolicy"
}

resource "aws_iam_role_policy_attachment" "workflows_read_only" {
  role       = aws_iam_role.workflows.name
  policy_arn = data.aws_iam_policy.readonly.arn
}

resource "aws_iam_role_policy_attachment" "nodes_ssm" {
  count      = var.enable_ssm ? 1 : 0
  role       = aws_iam_role.nodes.name
  policy_arn = data.aws_iam_policy.ssm_managed_instance.arn
}

resource "aws_iam_role_policy_attachment" "nodes_cloudwatch" {
  role       = aws_iam_role.nodes.name
  policy_arn = data.aws_iam_policy.cloudwatch_agent.arn
}

resource "aws_iam_group_policy_attachment" "auditors" {
  group      = "auditors"
  policy_arn = data.aws_iam_policy.readonly.arn
}
