FROM python:3.12-slim AS ci
# expect: dockerfile-secret-in-env-or-arg "`NEXUS_PSW` as a build argument"
ARG NEXUS_PSW
# expect: dockerfile-secret-in-env-or-arg "`DB_PWORD`"
ENV DB_PWORD=s3cr3t-Pw
# expect: dockerfile-secret-in-env-or-arg "writes the AWS access key id `AWS_ACCESS_KEY_ID`"
ENV AWS_ACCESS_KEY_ID=AKIAFIXTURE000000001
# expect: dockerfile-secret-in-env-or-arg "`ci/ARG[1]` writes the AWS access key id"
ARG AWS_ACCESS_KEY_ID=AKIAFIXTURE000000003
# expect: dockerfile-secret-in-env-or-arg "`SERVICE_TOKEN`"
ENV SERVICE_TOKEN=/xK29dQpL0aZ3mVb8s
# expect: dockerfile-secret-in-env-or-arg "`DEPLOY_CREDENTIALS` as a build argument"
ARG DEPLOY_CREDENTIALS=/x9Qz+Lm2
USER 10001
