# AWS provider before v6: a missing `publicly_accessible` is `true`.
resource "aws_redshift_cluster" "warehouse" { # expect: aws-redshift-cluster-publicly-accessible "`aws_redshift_cluster.warehouse`"
  cluster_identifier = "warehouse"
  node_type          = "ra3.xlplus"
  encrypted          = true
}

resource "aws_redshift_cluster" "public" {
  cluster_identifier  = "public"
  node_type           = "ra3.xlplus"
  publicly_accessible = true # expect: aws-redshift-cluster-publicly-accessible
}
