variable "storage_encrypted" {
  type = bool
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier = "catalog"
  storage_encrypted  = var.storage_encrypted # expect: aws-docdb-cluster-unencrypted unknown
}
