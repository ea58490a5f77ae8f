FROM bitnami/redis:7.4
ENV ALLOW_EMPTY_PASSWORD=yes \
    REDIS_PASSWORD_FILE=/opt/bitnami/redis/secrets/redis-password
