FROM debian:12-slim
# expect: dockerfile-disables-tls-verification "`stage-0/RUN[0]`"
RUN curl -fsSLk https://tools.example.com/tool.tar.gz -o /tmp/tool.tar.gz
# expect: dockerfile-disables-tls-verification
RUN apt-get update && apt-get install -y --allow-unauthenticated vendor-agent
# expect: dockerfile-disables-tls-verification
RUN ["pip", "install", "--trusted-host", "pypi.internal", "internal-lib==1.2"]
RUN <<EOT
git config --global http.sslVerify false # expect: dockerfile-disables-tls-verification "a here-document"
git clone https://git.internal/team/repo.git
EOT
# expect: dockerfile-disables-tls-verification "for the whole image"
ENV NODE_TLS_REJECT_UNAUTHORIZED=0
USER 10001
FROM alpine:3.20 AS more
# expect: dockerfile-disables-tls-verification
RUN apk add --no-cache --allow-untrusted /tmp/vendor-agent-1.2.apk
# expect: dockerfile-disables-tls-verification
RUN apt-get install -y --force-yes vendor-agent=1.2
# expect: dockerfile-disables-tls-verification
RUN yum-config-manager --save --setopt=vendor.sslverify=false && rpm -ivh --nodigest /tmp/agent.rpm
# expect: dockerfile-disables-tls-verification
RUN pip config set global.trusted-host pypi.internal
# expect: dockerfile-disables-tls-verification
RUN export PIP_TRUSTED_HOST=pypi.internal && pip install internal-lib==1.2
# expect: dockerfile-disables-tls-verification "for the whole image"
ENV PIP_TRUSTED_HOST=pypi.internal
# expect: dockerfile-disables-tls-verification
RUN GIT_SSL_NO_VERIFY=true git clone https://git.internal/team/repo.git /src
FROM python:3.12-slim AS vars
# expect: dockerfile-disables-tls-verification "`vars/ARG[0]` turns off TLS verification for the `RUN` commands after it"
ARG PYTHONHTTPSVERIFY=0
# expect: dockerfile-disables-tls-verification "`vars/ARG[1]`"
ARG GIT_SSL_NO_VERIFY=false
# expect: dockerfile-disables-tls-verification "`vars/RUN[0]`"
RUN PYTHONHTTPSVERIFY=0 python fetch_models.py
# expect: dockerfile-disables-tls-verification "`vars/RUN[1]`"
RUN export NODE_TLS_REJECT_UNAUTHORIZED=0 && node scripts/fetch.js
# expect: dockerfile-disables-tls-verification "`vars/RUN[2]`"
RUN npm_config_strict_ssl=false npm ci
# expect: dockerfile-disables-tls-verification "`vars/RUN[3]`"
RUN GIT_SSL_NO_VERIFY=0 git clone https://git.internal/team/repo.git /src
# expect: dockerfile-disables-tls-verification "`vars/ENV[0]`"
ENV npm_config_strict_ssl=false
# expect: dockerfile-disables-tls-verification "`vars/ENV[1]`"
ENV GIT_SSL_NO_VERIFY=${INSECURE_GIT}
# expect: dockerfile-disables-tls-verification "`vars/ENV[2]`"
ENV YARN_ENABLE_STRICT_SSL=0
# expect: dockerfile-disables-tls-verification "`vars/RUN[4]`"
RUN npm config set "strict-ssl"=false && npm ci
# expect: dockerfile-disables-tls-verification "`vars/RUN[5]`"
RUN yarn config set 'strict-ssl' false && yarn install --frozen-lockfile
# expect: dockerfile-disables-tls-verification "`vars/RUN[6]`"
RUN yarn config set enableStrictSsl false
# expect: dockerfile-disables-tls-verification "`vars/RUN[7]`"
RUN npm install --no-strict-ssl left-pad@1.3.0
RUN cat > /app/.yarnrc.yml <<'YML'
enableStrictSsl: false # expect: dockerfile-disables-tls-verification "a here-document of `vars/RUN[8]`"
YML
# expect: dockerfile-disables-tls-verification "`vars/RUN[9]`"
RUN ["env", "YARN_ENABLE_STRICT_SSL=false", "yarn", "install"]
RUN <<EOT
export GIT_SSL_NO_VERIFY=1 # expect: dockerfile-disables-tls-verification "a here-document of `vars/RUN[10]`"
git clone https://git.internal/team/repo.git /src
EOT
USER 10001
# A setting written into a configuration file counts.
RUN echo "sslverify=0" >> /etc/yum.conf # expect: dockerfile-disables-tls-verification
RUN printf 'strict-ssl=false\n' > /root/.npmrc # expect: dockerfile-disables-tls-verification
