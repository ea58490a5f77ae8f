resource "aws_instance" "web" {
  ami                  = "ami-12345678"
  instance_type        = "t3.micro"
  iam_instance_profile = aws_iam_instance_profile.web.name
  user_data            = <<EOF
#!/bin/bash
export AWS_DEFAULT_REGION=eu-west-1
DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id prod/db --query SecretString --output text)
API_TOKEN="$1"
GITHUB_TOKEN=`cat /run/secrets/github`
SECRET_KEY=""
export TOKEN_URL=https://auth.example.com/token
export DB_PASSWORD
EOF
}

# Text attest cannot evaluate is not read.
resource "aws_instance" "templated" {
  ami           = "ami-12345678"
  instance_type = "t3.micro"
  user_data     = templatefile("${path.module}/init.sh", { region = "eu-west-1" })
}

resource "aws_instance" "interpolated" {
  ami           = "ami-12345678"
  instance_type = "t3.micro"
  user_data     = "#!/bin/sh\necho ${aws_db_instance.main.address} > /etc/db-host"
}

resource "aws_launch_configuration" "plain" {
  image_id      = "ami-12345678"
  instance_type = "t3.micro"
}

# The launch template's script reads its secret at boot.
resource "aws_launch_template" "workers" {
  name_prefix   = "workers-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.medium"
  user_data = base64encode(<<-EOT
    #!/bin/bash
    export REGISTRY_PASSWORD=$(aws secretsmanager get-secret-value --secret-id registry --query SecretString --output text)
    /opt/worker/start.sh
  EOT
  )
}
