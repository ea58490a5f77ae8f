resource "aws_athena_workgroup" "analysts" {
  name = "analysts"
  configuration {
    enforce_workgroup_configuration = false # expect: aws-athena-workgroup-configuration-not-enforced "`aws_athena_workgroup.analysts`"
    result_configuration {
      output_location = "s3://acme-athena-results/analysts/"
      encryption_configuration {
        encryption_option = "SSE_KMS"
        kms_key_arn       = aws_kms_key.results.arn
      }
    }
  }
}
