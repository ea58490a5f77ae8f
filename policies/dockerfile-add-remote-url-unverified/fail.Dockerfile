FROM debian:12-slim
# expect: dockerfile-add-remote-url-unverified "`https://releases.example.com/tool-1.4.2.tar.gz`"
ADD https://releases.example.com/tool-1.4.2.tar.gz /opt/
USER 10001
