FROM debian:12-slim
# expect: dockerfile-add-remote-url-unverified "`https://releases.example.com/tool-1.4.2.tar.gz`"
ADD https://releases.example.com/tool-1.4.2.tar.gz /opt/
USER 10001
FROM debian:12-slim AS unpacked
# The `RUN` unpacks the file without checking it.
# expect: dockerfile-add-remote-url-unverified "`https://releases.example.com/agent.tar.gz`"
ADD https://releases.example.com/agent.tar.gz /tmp/agent.tar.gz
RUN tar -xzf /tmp/agent.tar.gz -C /opt && sha256sum /opt/agent/bin/agent > /opt/agent.sum
# Unpacked into `/`: no `RUN` can check the archive.
# expect: dockerfile-add-remote-url-unverified
ADD --unpack=true https://github.com/just-containers/s6-overlay/releases/download/v3.2.0.0/s6-overlay-noarch.tar.xz /
# The download lands in `.`, and the `RUN` checks another file.
# expect: dockerfile-add-remote-url-unverified
ADD https://releases.example.com/cli-2.0.0.zip .
RUN sha256sum -c /opt/other.sha256
USER 10001
FROM debian:12-slim AS elsewhere
# The check is in another stage, on another copy of the file.
# expect: dockerfile-add-remote-url-unverified
ADD https://releases.example.com/tool-2.0.tar.gz /tmp/tool.tar.gz
USER 10001
FROM debian:12-slim AS checker
RUN sha256sum -c /tmp/tool.tar.gz.sha256 && ls /tmp/tool.tar.gz
USER 10001
