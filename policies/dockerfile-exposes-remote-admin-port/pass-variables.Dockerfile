ARG SSH_PORT=22
FROM ubuntu:24.04
ARG APP_PORT=8080
ARG BUILD_PORT
# `SSH_PORT` is not declared again in this stage: `EXPOSE` does not see it.
EXPOSE $APP_PORT $BUILD_PORT ${METRICS_PORT:-9090} 2200-2210 $SSH_PORT
CMD ["app"]
ARG DNS_PORT=22
# A port given through a variable but exposed for UDP is not SSH either.
EXPOSE $DNS_PORT/udp
