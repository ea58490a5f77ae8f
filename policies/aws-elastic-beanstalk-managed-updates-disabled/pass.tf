resource "aws_elastic_beanstalk_environment" "web" {
  name                = "web"
  application         = "shop"
  solution_stack_name = "64bit Amazon Linux 2023 v6.4.0 running Node.js 22"

  setting {
    namespace = "aws:elasticbeanstalk:managedactions"
    name      = "ManagedActionsEnabled"
    value     = "true"
  }
  setting {
    namespace = "aws:elasticbeanstalk:managedactions"
    name      = "PreferredStartTime"
    value     = "Sun:02:00"
  }
  setting {
    namespace = "aws:elasticbeanstalk:managedactions:platformupdate"
    name      = "UpdateLevel"
    value     = "minor"
  }
}

resource "aws_elastic_beanstalk_configuration_template" "worker" {
  name                = "worker"
  application         = "shop"
  solution_stack_name = "64bit Amazon Linux 2023 v4.4.0 running Python 3.12"

  setting {
    namespace = "aws:elasticbeanstalk:managedactions"
    name      = "ManagedActionsEnabled"
    value     = "true"
  }
}

resource "aws_elastic_beanstalk_environment" "worker" {
  name          = "worker"
  application   = "shop"
  template_name = aws_elastic_beanstalk_configuration_template.worker.name
}

resource "aws_elastic_beanstalk_environment" "shared" {
  name          = "shared"
  application   = "shop"
  template_name = "shared-template"
}
