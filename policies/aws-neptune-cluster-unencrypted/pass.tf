resource "aws_neptune_cluster" "graph" {
  cluster_identifier = "graph"
  storage_encrypted  = true
  kms_key_arn        = aws_kms_key.graph.arn
}

resource "aws_neptune_cluster" "restored" {
  cluster_identifier  = "restored"
  snapshot_identifier = "graph-final"
}

resource "aws_neptune_cluster" "secondary" {
  cluster_identifier        = "graph-secondary"
  global_cluster_identifier = aws_neptune_global_cluster.graph.id
}

resource "aws_kms_key" "graph" {
  enable_key_rotation = true
}
