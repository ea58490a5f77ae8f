variable "org_id" {
  type = string
}

resource "aws_sns_topic" "alarms" {
  name = "alarms"
}

data "aws_iam_policy_document" "alarms" {
  statement {
    actions   = ["sns:Publish"]
    resources = [aws_sns_topic.alarms.arn]
    principals {
      type        = "Service"
      identifiers = ["cloudwatch.amazonaws.com"]
    }
  }
  statement {
    actions   = ["sns:Subscribe"]
    resources = [aws_sns_topic.alarms.arn]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalOrgID"
      values   = [var.org_id]
    }
  }
}

resource "aws_sns_topic_policy" "alarms" {
  arn    = aws_sns_topic.alarms.arn
  policy = data.aws_iam_policy_document.alarms.json
}

resource "aws_sns_topic" "plain" {
  name = "plain"
}

# A data protection policy has statements without an Effect.
resource "aws_sns_topic_data_protection_policy" "plain" {
  arn = aws_sns_topic.plain.arn
  policy = jsonencode({
    Name    = "data_protection"
    Version = "2021-06-01"
    Statement = [{
      Sid            = "Deny"
      DataDirection  = "Inbound"
      Principal      = ["*"]
      DataIdentifier = ["arn:aws:dataprotection::aws:data-identifier/EmailAddress"]
      Operation      = { Deny = {} }
    }]
  })
}

# Anyone may subscribe only the owner's queue (terraform-aws-sns's example):
# `sns:Endpoint` is set only on subscription requests.
resource "aws_sqs_queue" "fanout" {
  name = "fanout"
}

resource "aws_sns_topic" "fanout" {
  name = "fanout"
}

data "aws_iam_policy_document" "fanout" {
  statement {
    sid       = "sub"
    actions   = ["sns:Subscribe", "sns:Receive"]
    resources = [aws_sns_topic.fanout.arn]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    condition {
      test     = "StringLike"
      variable = "sns:Endpoint"
      values   = [aws_sqs_queue.fanout.arn]
    }
  }
}

resource "aws_sns_topic_policy" "fanout" {
  arn    = aws_sns_topic.fanout.arn
  policy = data.aws_iam_policy_document.fanout.json
}

resource "aws_sns_topic" "oncall" {
  name = "oncall"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "OncallMailbox"
      Effect    = "Allow"
      Principal = "*"
      Action    = "sns:Subscribe"
      Resource  = "*"
      Condition = { StringEquals = { "sns:Endpoint" = ["oncall@example.com", "pager@example.com"] } }
    }]
  })
}
