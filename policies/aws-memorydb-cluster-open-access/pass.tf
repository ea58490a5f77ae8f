resource "aws_memorydb_acl" "sessions" {
  name       = "sessions"
  user_names = ["sessions-app"]
}

resource "aws_memorydb_cluster" "sessions" {
  name       = "sessions"
  node_type  = "db.r7g.large"
  acl_name   = aws_memorydb_acl.sessions.name
  num_shards = 2
}
