FROM python:3.12-slim
# expect: dockerfile-secret-in-env-or-arg "`DATABASE_URL` to a connection string with a password"
ENV DATABASE_URL=postgres://app:s3cr3t-Pa55@db:5432/app
# expect: dockerfile-secret-in-env-or-arg "`CACHE`"
ARG CACHE=redis://:Zk8qL2mP@cache:6379/0
USER 10001
