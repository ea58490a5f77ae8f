resource "aws_kms_key" "warehouse" {
  enable_key_rotation = true
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier     = "warehouse"
  node_type              = "ra3.xlplus"
  number_of_nodes        = 2
  master_username        = "admin"
  manage_master_password = true
  encrypted              = true
  kms_key_id             = aws_kms_key.warehouse.arn
}

resource "aws_redshift_cluster" "string" {
  cluster_identifier = "staging"
  node_type          = "ra3.xlplus"
  encrypted          = "true"
}
