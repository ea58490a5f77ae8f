resource "aws_neptune_cluster_instance" "graph" {
  cluster_identifier         = "graph"
  instance_class             = "db.r6g.large"
  auto_minor_version_upgrade = false # expect: aws-rds-auto-minor-version-upgrade-disabled "Neptune instance"
}
