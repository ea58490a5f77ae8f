variable "storage_encrypted" {
  default = true
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier          = "catalog"
  master_username             = "admin"
  manage_master_user_password = true
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.catalog.arn
}

resource "aws_docdb_cluster" "from_variable" {
  cluster_identifier = "staging"
  storage_encrypted  = var.storage_encrypted
}

# Restored from a snapshot: encryption comes from the snapshot.
resource "aws_docdb_cluster" "restored" {
  cluster_identifier  = "restored"
  snapshot_identifier = "catalog-final"
}

# Secondary of a global cluster: encryption is set on the global cluster.
resource "aws_docdb_cluster" "secondary" {
  cluster_identifier        = "catalog-secondary"
  global_cluster_identifier = aws_docdb_global_cluster.catalog.id
}

resource "aws_kms_key" "catalog" {
  enable_key_rotation = true
}

resource "aws_docdb_global_cluster" "catalog" {
  global_cluster_identifier = "catalog"
  engine                    = "docdb"
  storage_encrypted         = true
}

# Created from an existing cluster: encryption comes from that cluster.
resource "aws_docdb_global_cluster" "from_primary" {
  global_cluster_identifier    = "orders"
  source_db_cluster_identifier = aws_docdb_cluster.catalog.arn
}
