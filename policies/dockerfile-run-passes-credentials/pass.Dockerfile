FROM docker:27.3-cli AS publish
ARG REGISTRY_USER
ARG NEXUS_PW
RUN --mount=type=secret,id=registry_password docker login -u "$REGISTRY_USER" --password-stdin registry.example.com < /run/secrets/registry_password
RUN --mount=type=secret,id=registry_password,env=REGISTRY_PASSWORD docker login -u ci -p "$REGISTRY_PASSWORD" registry.example.com
RUN --mount=type=secret,id=nexus,env=NEXUS_PW docker login -u ci -p "${NEXUS_PW}" nexus.example.com
RUN docker login -u ci -p "" registry.example.com || true
RUN PW="$(cat /run/secrets/pw)" && docker login -u ci -p "$PW" registry.example.com && docker logout registry.example.com
RUN docker login -u ci -p "$(cat /run/secrets/pw)" registry.example.com
RUN docker run --rm -p 8080:80 registry.example.com/web:1.4 && docker login registry.example.com
USER 10001
FROM amazon/aws-cli:2.17.0 AS aws
RUN aws configure set region eu-west-1 && aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE && aws configure set output json
RUN aws configure set aws_access_key_id test && aws configure set aws_secret_access_key test --profile localstack
RUN --mount=type=secret,id=aws,target=/root/.aws/credentials aws s3 cp s3://example-artifacts/app.tar.gz /tmp/
USER 10001
FROM mcr.microsoft.com/azure-cli:2.64.0 AS az
RUN az login --service-principal -u 00000000-0000-0000-0000-000000000000 -p /certs/sp.pem --tenant example.onmicrosoft.com
RUN az login --identity && az login --service-principal -u app -p sp-cert.pem --tenant t
RUN gcloud auth activate-service-account ci@example.iam.gserviceaccount.com --key-file=/run/secrets/gcp.json
USER 10001
