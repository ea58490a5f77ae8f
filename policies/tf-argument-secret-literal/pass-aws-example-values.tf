# AWS marks the sample values of its documentation with `EXAMPLE`
# (`AKIAIOSFODNN7EXAMPLE`): the Account Factory's examples pass such a
# token, which is no secret.
module "aft" {
  source          = "./modules/aft"
  terraform_token = "EXAMPLE-uoc1c1qsw7poexampleewjeno1pte3rw"
}

resource "aws_db_instance" "sample" {
  identifier          = "sample"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  username            = "app"
  password            = "EXAMPLE-password"
  storage_encrypted   = true
  skip_final_snapshot = true
}

# AWS's documented sample secret key ends in `EXAMPLEKEY`.
module "ci_user" {
  source     = "./modules/ci-user"
  secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
}
