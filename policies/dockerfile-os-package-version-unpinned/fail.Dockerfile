FROM debian:12-slim AS base
# expect: dockerfile-os-package-version-unpinned "git"
RUN apt-get update && \
    apt-get install -y --no-install-recommends \
      ca-certificates=20230311 \
      git \
    && rm -rf /var/lib/apt/lists/*
# expect: dockerfile-os-package-version-unpinned "libc6:i386"
RUN DEBIAN_FRONTEND=noninteractive apt-get -o Dpkg::Options::=--force-confold -y install libc6:i386
# expect: dockerfile-os-package-version-unpinned "curl"
RUN ["apt", "install", "-y", "curl"]
# expect: dockerfile-os-package-version-unpinned "python3-venv"
RUN <<EOF
set -eux
apt-get update
apt-get install -y -t bookworm-backports python3-venv
EOF

FROM alpine:3.20
# expect: dockerfile-os-package-version-unpinned "adds tini without"
RUN apk add --no-cache --virtual .build-deps build-base=0.5-r3 && apk add --no-cache tini
# expect: dockerfile-os-package-version-unpinned "g++, libstdc++"
RUN apk add g++ libstdc++
