FROM ubuntu:24.04
RUN useradd --uid 10001 --create-home --shell /usr/sbin/nologin app \
 && passwd -l root && usermod -aG video app
RUN apt-get update && apt-get install -y passwd=1:4.13+dfsg1-4ubuntu3 && rm -rf /var/lib/apt/lists/*
FROM alpine:3.20
RUN adduser -D -u 10001 app && passwd -l root && getent passwd app | cut -d: -f1
USER 10001
