# A secret assigned in the text is reported at the user data.
resource "aws_instance" "web_host" {
  ami           = "ami-12345678"
  instance_type = "t3.micro"
  # expect: tf-user-data-secret-literal "contains an AWS access key ID"
  # expect: tf-user-data-secret-literal "`AWS_SECRET_ACCESS_KEY`"
  user_data = <<EOF
#! /bin/bash
sudo apt-get update
export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMAAA
export AWS_SECRET_ACCESS_KEY=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
export AWS_DEFAULT_REGION=us-west-2
EOF
}

variable "db_password" {
  type    = string
  default = "hunter2"
}

# Interpolations of values attest evaluates are part of the text.
resource "aws_launch_configuration" "app" {
  image_id      = "ami-12345678"
  instance_type = "t3.micro"
  user_data     = "#!/bin/sh\nDB_PASSWORD='${var.db_password}'\n/opt/app/start" # expect: tf-user-data-secret-literal "`DB_PASSWORD`"
}

resource "aws_spot_instance_request" "worker" {
  ami           = "ami-12345678"
  instance_type = "c5.large"
  user_data     = "aws configure set aws_access_key_id ASIAFIXTURE000000002" # expect: tf-user-data-secret-literal "`aws_spot_instance_request.worker`"
}

# A launch template's user data is base64; attest evaluates
# `base64encode()` and the policy reads the text inside.
resource "aws_launch_template" "workers" {
  name_prefix   = "workers-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.medium"
  # expect: tf-user-data-secret-literal "user data of `aws_launch_template.workers` sets `REGISTRY_PASSWORD`"
  user_data = base64encode(<<-EOT
    #!/bin/bash
    export REGISTRY_PASSWORD=fixture-registry-pass
    /opt/worker/start.sh
  EOT
  )
}

# A token and a private key in the script, whatever they are called.
resource "aws_instance" "builder" {
  ami           = "ami-12345678"
  instance_type = "t3.micro"
  # expect: tf-user-data-secret-literal "contains a private key or an access token"
  user_data = <<EOF
#!/bin/bash
git clone https://oauth2:glpat-YG1TRtznn2keSriyRPwH@gitlab.acme.internal/ops/tools.git /opt/tools
EOF
}
