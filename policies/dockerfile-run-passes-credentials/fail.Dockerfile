FROM docker:27.3-cli AS publish
ARG REGISTRY_USER
ARG REGISTRY_PASSWORD
# expect: dockerfile-run-passes-credentials "`publish/RUN[0]` logs in with a credential written on its command line"
RUN docker login -u ci -p 'Hunter2!' registry.example.com
# expect: dockerfile-run-passes-credentials "`publish/RUN[1]` logs in with a credential from a build argument"
RUN docker login --username "$REGISTRY_USER" --password "${REGISTRY_PASSWORD}" registry.example.com && docker pull registry.example.com/base:1.4
# expect: dockerfile-run-passes-credentials "`publish/RUN[2]`"
RUN ["podman", "login", "--password=s3cr3tT0ken", "-u", "ci", "quay.io"]
# expect: dockerfile-run-passes-credentials "`publish/RUN[3]`"
RUN echo start; helm registry login -u ci --password=ghp_16C7e42F292c6912E7710c838347Ae178B4a ghcr.io
USER 10001
FROM amazon/aws-cli:2.17.0 AS aws
ENV AWS_SESSION=temporary
# expect: dockerfile-run-passes-credentials "`aws/RUN[0]`"
RUN aws configure set aws_access_key_id AKIAFIXTURE000000001 && aws configure set aws_secret_access_key fixture/secret+access/key000000000000001
# expect: dockerfile-run-passes-credentials "`aws/RUN[1]` logs in with a credential from a build argument or `ENV`"
RUN aws configure set default.aws_session_token $AWS_SESSION --profile ci
USER 10001
FROM mcr.microsoft.com/azure-cli:2.64.0 AS az
# expect: dockerfile-run-passes-credentials "`az/RUN[0]`"
RUN <<EOT
az login --service-principal -u 00000000-0000-0000-0000-000000000000 -p 'Xy8Q~sp.Secret-Value' --tenant example.onmicrosoft.com
az acr login --name exampleregistry
EOT
USER 10001
