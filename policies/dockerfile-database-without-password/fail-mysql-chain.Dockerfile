# The switch is set in the stage the final image is built on; the user's
# password leaves root's empty.
FROM mysql:8.4 AS base
# expect: dockerfile-database-without-password "`MYSQL_ALLOW_EMPTY_PASSWORD=yes`"
ENV MYSQL_ALLOW_EMPTY_PASSWORD=yes \
    MYSQL_DATABASE=app

FROM base
ENV MYSQL_USER=app MYSQL_PASSWORD_FILE=/run/secrets/app-db
COPY schema.sql /docker-entrypoint-initdb.d/
