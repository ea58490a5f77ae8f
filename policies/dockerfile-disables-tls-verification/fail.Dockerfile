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
