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
