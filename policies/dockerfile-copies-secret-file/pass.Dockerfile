FROM python:3.12-slim AS build
COPY requirements.txt .env.example ./
COPY certs/ca.crt /usr/local/share/ca-certificates/
RUN --mount=type=secret,id=pip_conf,target=/etc/pip.conf pip install -r requirements.txt

FROM python:3.12-slim
COPY --from=build /etc/ssl/private/server.key /tmp/
COPY . .
# Credentials mounted when the container starts, named by absolute paths or variables.
ENV GOOGLE_APPLICATION_CREDENTIALS=/var/secrets/google/key.json \
    AWS_SHARED_CREDENTIALS_FILE=/run/secrets/aws_credentials \
    KUBECONFIG=./kubeconfig
ARG GOOGLE_APPLICATION_CREDENTIALS=$GCP_KEY_FILE
ARG AWS_SHARED_CREDENTIALS_FILE
ARG GOOGLE_APPLICATION_CREDENTIALS=none
ENV AWS_SHARED_CREDENTIALS_FILE ~/.aws/credentials
COPY aws-config /root/.aws/config
COPY kube-template.yaml /etc/app/kubeconfig.template
COPY --from=build /app/bin/ $APP_HOME/
COPY config/credentials.schema.json config/password-policy.txt /app/config/
USER 10001
