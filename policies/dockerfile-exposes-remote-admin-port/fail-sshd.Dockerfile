FROM debian:12.4-slim AS base
RUN apt-get update && apt-get install -y --no-install-recommends openssh-server=1:9.2p1-2 && rm -rf /var/lib/apt/lists/*
# The server listens on another port: still a second way in.
RUN sed -i 's/^#Port 22/Port 2222/' /etc/ssh/sshd_config

FROM base
EXPOSE 2222
# expect: dockerfile-exposes-remote-admin-port "runs an SSH server"
ENTRYPOINT /usr/sbin/sshd && exec nginx -g 'daemon off;'
