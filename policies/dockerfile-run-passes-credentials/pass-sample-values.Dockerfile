# AWS's documented sample secret key, a dummy password and a switched-off
# one log nothing in.
FROM amazon/aws-cli:2.17.0
RUN aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE && aws configure set aws_secret_access_key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
RUN docker login -u ci -p dummy-password registry.example.com
RUN docker login -u ci -p NO_PASSWORD registry.example.com
USER 10001
