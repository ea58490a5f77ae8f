FROM alpine:3.19
WORKDIR /app
WORKDIR /srv/procurement
WORKDIR /opt/proc
WORKDIR "/var/lib/app"
WORKDIR $APP_HOME
USER 10001
