resource "aws_elastic_beanstalk_environment" "web" {
  name                = "web"
  application         = "shop"
  solution_stack_name = "64bit Amazon Linux 2023 v6.4.0 running Node.js 22"

  setting { # expect: aws-elastic-beanstalk-managed-updates-disabled "`aws_elastic_beanstalk_environment.web`"
    namespace = "aws:autoscaling:launchconfiguration"
    name      = "IamInstanceProfile"
    value     = "eb-web"
  }
}

resource "aws_elastic_beanstalk_configuration_template" "worker" {
  name                = "worker"
  application         = "shop"
  solution_stack_name = "64bit Amazon Linux 2023 v4.4.0 running Python 3.12"
}

resource "aws_elastic_beanstalk_environment" "worker" { # expect: aws-elastic-beanstalk-managed-updates-disabled "`aws_elastic_beanstalk_environment.worker`"
  name          = "worker"
  application   = "shop"
  template_name = aws_elastic_beanstalk_configuration_template.worker.name
}
