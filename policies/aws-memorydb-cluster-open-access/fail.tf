resource "aws_memorydb_cluster" "sessions" {
  name       = "sessions"
  node_type  = "db.r7g.large"
  acl_name   = "open-access" # expect: aws-memorydb-cluster-open-access "`aws_memorydb_cluster.sessions`"
  num_shards = 2
}
