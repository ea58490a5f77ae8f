FROM bitnami/mariadb:11.4
# expect: dockerfile-database-without-password
ENV ALLOW_EMPTY_PASSWORD=True
# expect: dockerfile-database-without-password
ENV MARIADB_ALLOW_EMPTY_ROOT_PASSWORD 1
