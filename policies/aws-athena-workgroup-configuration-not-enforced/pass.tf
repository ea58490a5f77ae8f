resource "aws_athena_workgroup" "analysts" {
  name = "analysts"
  configuration {
    enforce_workgroup_configuration = true
    result_configuration {
      output_location = "s3://acme-athena-results/analysts/"
      encryption_configuration {
        encryption_option = "SSE_S3"
      }
    }
  }
}

resource "aws_athena_workgroup" "finance" {
  name = "finance"
  configuration {
    result_configuration {
      output_location = "s3://acme-athena-results/finance/"
    }
  }
}

resource "aws_athena_workgroup" "sandbox" {
  name = "sandbox"
  configuration {
    enforce_workgroup_configuration    = false
    bytes_scanned_cutoff_per_query     = 10000000000
    publish_cloudwatch_metrics_enabled = true
  }
}
