resource "aws_dax_cluster" "default" { # expect: aws-dax-cluster-unencrypted-at-rest "`aws_dax_cluster.default`"
  cluster_name                     = "cache"
  iam_role_arn                     = "arn:aws:iam::123456789012:role/dax"
  node_type                        = "dax.r5.large"
  replication_factor               = 3
  cluster_endpoint_encryption_type = "TLS"
}

resource "aws_dax_cluster" "explicit" {
  cluster_name                     = "cache-2"
  iam_role_arn                     = "arn:aws:iam::123456789012:role/dax"
  node_type                        = "dax.r5.large"
  replication_factor               = 3
  cluster_endpoint_encryption_type = "TLS"

  server_side_encryption {
    enabled = false # expect: aws-dax-cluster-unencrypted-at-rest "`aws_dax_cluster.explicit`"
  }
}
