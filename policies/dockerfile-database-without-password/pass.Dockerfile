# Switches made moot by a root password the image generates, set off, or
# set only in a builder stage whose files the final image copies.
FROM mysql:8.4 AS seed
ENV MYSQL_ALLOW_EMPTY_PASSWORD=yes
RUN --mount=type=bind,source=seed.sh,target=/seed.sh /seed.sh

FROM mysql:8.4
ENV MYSQL_ALLOW_EMPTY_PASSWORD=1 \
    MYSQL_RANDOM_ROOT_PASSWORD=yes
ENV POSTGRES_HOST_AUTH_METHOD=scram-sha-256
ARG ALLOW_EMPTY_PASSWORD=yes
COPY --from=seed /var/lib/mysql /var/lib/mysql
