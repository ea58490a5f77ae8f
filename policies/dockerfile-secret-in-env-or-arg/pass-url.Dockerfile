FROM python:3.12-slim AS build
ENV MIRROR=https://ci:BuildOnly1@pypi.internal/simple
FROM python:3.12-slim
ARG DB_HOST=db
ENV DATABASE_URL=postgres://app:${DB_PASSWORD}@${DB_HOST}:5432/app \
    CACHE_URL=redis://cache:6379/0 \
    BROKER_URL=amqp://app:<password>@rabbitmq:5672/ \
    HOMEPAGE=https://example.com/about
USER 10001
