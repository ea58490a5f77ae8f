resource "aws_db_snapshot" "private" {
  db_instance_identifier = "app"
  db_snapshot_identifier = "app-nightly"
}

resource "aws_db_snapshot" "shared_with_dr_account" {
  db_instance_identifier = "app"
  db_snapshot_identifier = "app-dr"
  shared_accounts        = ["210987654321"]
}

# Not a snapshot resource.
resource "aws_db_instance" "app" {
  identifier        = "app"
  engine            = "postgres"
  instance_class    = "db.t4g.small"
  allocated_storage = 20
  storage_encrypted = true
}
