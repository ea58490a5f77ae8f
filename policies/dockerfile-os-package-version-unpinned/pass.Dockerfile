ARG PACKAGES="curl git"
FROM debian:12-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      ca-certificates=20230311 \
      curl=7.88.1-10+deb12u5 \
      git=1:2.39.* \
 && rm -rf /var/lib/apt/lists/*
# Files, target releases and variables are not checked.
RUN apt-get install -y ./vendor/tool_1.2.3_amd64.deb /tmp/*.deb
RUN apt-get install -y nginx/bookworm-backports
RUN apt-get install -y $PACKAGES ${EXTRA_PACKAGES} $(cat /tmp/packages.txt)
RUN apt-get update && apt-get -y upgrade && apt-get clean
# Data written by a here-document is not a command.
RUN cat <<EOF > /etc/motd
run apt-get install vim to get an editor
EOF
RUN apt-cache policy curl && apt-get remove -y git

FROM alpine:3.20
RUN apk add --no-cache --virtual .build-deps build-base=0.5-r3 \
 && apk add --no-cache tini~0.19 "su-exec>0.2" /tmp/local.apk mypackage-1.1.1.apk \
 && apk del .build-deps
