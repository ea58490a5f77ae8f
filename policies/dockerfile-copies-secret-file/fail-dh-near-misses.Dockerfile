# Names close to Diffie-Hellman parameters that hold a key all the same.
FROM debian:12-slim
# expect: dockerfile-copies-secret-file "`dhparam-key.pem`"
COPY dhparam-key.pem /etc/nginx/
# expect: dockerfile-copies-secret-file "`server.pem`"
COPY server.pem /etc/nginx/dhparam-private.pem
# expect: dockerfile-copies-secret-file "`dhcp-server.pem`"
COPY dhcp-server.pem /etc/dhcp/
USER 10001
