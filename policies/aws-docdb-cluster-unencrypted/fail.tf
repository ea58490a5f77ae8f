resource "aws_docdb_cluster" "catalog" { # expect: aws-docdb-cluster-unencrypted "`aws_docdb_cluster.catalog`"
  cluster_identifier          = "catalog"
  master_username             = "admin"
  manage_master_user_password = true
}

resource "aws_docdb_cluster" "explicit" {
  cluster_identifier = "explicit"
  storage_encrypted  = false # expect: aws-docdb-cluster-unencrypted
}

resource "aws_docdb_global_cluster" "catalog" { # expect: aws-docdb-cluster-unencrypted "global cluster"
  global_cluster_identifier = "catalog"
  engine                    = "docdb"
  engine_version            = "5.0.0"
}

# An empty snapshot identifier (a module's default) restores nothing.
resource "aws_docdb_cluster" "not_restored" {
  cluster_identifier  = "orders"
  snapshot_identifier = ""
  storage_encrypted   = false # expect: aws-docdb-cluster-unencrypted
}
