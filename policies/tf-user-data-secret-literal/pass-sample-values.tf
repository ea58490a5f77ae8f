# A tutorial's user data with AWS's documented sample key pair, and
# switched-off or dummy values.
resource "aws_instance" "tutorial" {
  ami           = "ami-12345678"
  instance_type = "t3.micro"
  user_data     = <<EOF
#!/bin/bash
aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
API_TOKEN=NO_TOKEN
DB_PASSWORD=dummy-password
EOF
}
