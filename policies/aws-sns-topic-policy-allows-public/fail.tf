resource "aws_sns_topic" "alerts" {
  name = "alerts"
}

resource "aws_sns_topic_policy" "alerts" {
  arn = aws_sns_topic.alerts.arn
  policy = jsonencode({ # expect: aws-sns-topic-policy-allows-public "`aws_sns_topic_policy.alerts`"
    Version = "2012-10-17"
    Statement = [{
      Sid       = "Public"
      Effect    = "Allow"
      Principal = { AWS = ["*"] }
      Action    = ["sns:Publish", "sns:Subscribe"]
      Resource  = aws_sns_topic.alerts.arn
    }]
  })
}

resource "aws_sns_topic" "legacy" {
  name   = "legacy"
  policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [{"Sid": "Open", "Effect": "Allow", "Principal": "*", "Action": "sns:Publish", "Resource": "*"}]
}
POLICY
}

data "aws_iam_policy_document" "builds" {
  statement {
    sid       = "AnyIfExists"
    actions   = ["sns:Publish"]
    resources = [aws_sns_topic.builds.arn]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    condition {
      test     = "StringEqualsIfExists"
      variable = "aws:SourceAccount"
      values   = ["111122223333"]
    }
  }
}

resource "aws_sns_topic" "builds" {
  name = "builds"
}

resource "aws_sns_topic_policy" "builds" {
  arn    = aws_sns_topic.builds.arn
  policy = data.aws_iam_policy_document.builds.json # expect: aws-sns-topic-policy-allows-public "`AnyIfExists`"
}

# An `sns:Endpoint` with a wildcard, or tested only if present, still lets
# anyone subscribe an endpoint of their own.
resource "aws_sns_topic" "wide" {
  name = "wide"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AnyQueue"
      Effect    = "Allow" # expect: aws-sns-topic-policy-allows-public "`AnyQueue`"
      Principal = { AWS = "*" }
      Action    = "sns:Subscribe"
      Resource  = "*"
      Condition = { StringLike = { "sns:Endpoint" = "arn:aws:sqs:*" } }
    }]
  })
}

resource "aws_sns_topic" "ifexists" {
  name = "ifexists"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "EndpointIfExists"
      Effect    = "Allow" # expect: aws-sns-topic-policy-allows-public "`EndpointIfExists`"
      Principal = "*"
      Action    = ["sns:Publish", "sns:Subscribe"]
      Resource  = "*"
      Condition = { StringEqualsIfExists = { "sns:Endpoint" = "https://hooks.example.com/sns" } }
    }]
  })
}
