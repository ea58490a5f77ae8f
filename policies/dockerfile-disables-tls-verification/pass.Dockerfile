FROM debian:12-slim
COPY internal-ca.crt /usr/local/share/ca-certificates/
RUN update-ca-certificates \
 && curl -fsSL --cacert /etc/ssl/certs/ca-certificates.crt https://tools.example.com/tool.tar.gz -o /tmp/tool.tar.gz \
 && tar -xkf /tmp/tool.tar.gz -C /opt
RUN <<EOT
git config --global http.sslVerify true
EOT
ENV NODE_EXTRA_CA_CERTS=/usr/local/share/ca-certificates/internal-ca.crt NODE_TLS_REJECT_UNAUTHORIZED=1
USER 10001
FROM rockylinux:9 AS rpm
RUN dnf install -y --setopt=sslverify=1 --setopt=install_weak_deps=False nginx-1.20.1 && rpm -K /tmp/agent.rpm
RUN apk --version && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5
ENV PIP_INDEX_URL=https://pypi.internal/simple PIP_TRUSTED_HOST=
FROM node:20.11-slim AS vars
ARG GIT_SSL_NO_VERIFY
ARG npm_config_strict_ssl=true PYTHONHTTPSVERIFY=1
ENV NODE_TLS_REJECT_UNAUTHORIZED=1 YARN_ENABLE_STRICT_SSL=true NPM_CONFIG_STRICT_SSL=true
RUN ASDFGIT_SSL_NO_VERIFY=1 ASDFPIP_TRUSTED_HOST=pypi.internal MY_NODE_TLS_REJECT_UNAUTHORIZED=0 make fetch
RUN npm config set strict-ssl true && yarn config set enableStrictSsl true && npm config set cafile /etc/ssl/certs/ca-certificates.crt
RUN PYTHONHTTPSVERIFY=1 NODE_TLS_REJECT_UNAUTHORIZED=1 PIP_TRUSTED_HOST= python fetch_models.py
RUN unset GIT_SSL_NO_VERIFY && git clone https://git.internal/team/repo.git /src
USER 10001
# An option searched for or printed as text turns nothing off.
RUN apt-get install -y python3=3.11.2-1 | grep "--allow-unauthenticated"
RUN dnf update -y && echo "--nogpgcheck" && echo "--setopt=main.sslverify=0"
RUN wget -q https://example.com/a.tgz; grep "--no-check-certificate" /etc/wgetrc
FROM alpine:3.21 AS local-repo
# `apk index` downloads nothing: it indexes packages built here, and the
# index is signed before `apk add` installs from it (the nginx images).
RUN tempDir="$(mktemp -d)" \
    && apk index --allow-untrusted -o ${tempDir}/packages/APKINDEX.tar.gz ${tempDir}/packages/*.apk \
    && abuild-sign -k ${tempDir}/.abuild/abuild-key.rsa ${tempDir}/packages/APKINDEX.tar.gz
USER 10001
FROM debian:12-slim AS tools
RUN git config --global http.sslVerify "true" && git config --global http.https://git.internal/.sslCAInfo /etc/ssl/internal.pem
RUN echo 'Acquire::https::Verify-Peer "true";' > /etc/apt/apt.conf.d/99verify
RUN composer config --global secure-http true && conda config --set ssl_verify /etc/ssl/internal.pem
RUN helm repo add internal https://charts.internal --ca-file /etc/ssl/internal.pem --insecure-skip-tls-verify=false
RUN sed -i 's/gpgcheck=0/gpgcheck=1/' /etc/yum.repos.d/internal.repo && dnf install -y --setopt=install_weak_deps=False httpd-2.4.57
RUN echo "deb [signed-by=/usr/share/keyrings/internal.gpg] https://repo.internal/debian bookworm main" > /etc/apt/sources.list.d/internal.list
# A local repository of packages built in the image, as the official postgres and nginx images use.
RUN echo "deb [ trusted=yes ] file:///tmp/packages ./" > /etc/apt/sources.list.d/temp.list
USER 10001
