FROM python:3.12-slim
WORKDIR /app
# expect: dockerfile-copies-secret-file "`.env`"
COPY .env requirements.txt ./
# expect: dockerfile-copies-secret-file "`deploy/id_rsa`"
COPY deploy/id_rsa /root/.ssh/id_rsa
# expect: dockerfile-copies-secret-file "`certs/server.key`"
ADD certs/server.key /etc/ssl/private/
# expect: dockerfile-copies-secret-file
COPY .aws/ /root/.aws/
USER 10001
