# A test database image that trusts every connection.
FROM postgres:16.4
# expect: dockerfile-database-without-password "sets `POSTGRES_HOST_AUTH_METHOD=trust`"
ENV POSTGRES_HOST_AUTH_METHOD=trust
COPY schema.sql /docker-entrypoint-initdb.d/
