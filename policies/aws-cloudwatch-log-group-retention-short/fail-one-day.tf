# One day of logs: the message says "1 day", not "1 days".
resource "aws_cloudwatch_log_group" "debug" {
  name              = "/debug"
  retention_in_days = 1 # expect: aws-cloudwatch-log-group-retention-short "keeps logs for 1 day, less than"
}

resource "aws_cloudwatch_log_group" "week" {
  name              = "/week"
  retention_in_days = 7 # expect: aws-cloudwatch-log-group-retention-short "keeps logs for 7 days, less than"
}
