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
# expect: dockerfile-copies-secret-file "`config/credentials.json`"
COPY config/credentials.json /app/config/
# expect: dockerfile-copies-secret-file "`.pgpass`"
COPY .pgpass /home/app/.pgpass
# expect: dockerfile-copies-secret-file "`password.txt`"
ADD password.txt /run/app/
# expect: dockerfile-copies-secret-file "copies a file to `$GOOGLE_APPLICATION_CREDENTIALS`"
COPY service-account.json $GOOGLE_APPLICATION_CREDENTIALS
# expect: dockerfile-copies-secret-file "`${KUBECONFIG}`"
COPY deploy/cluster.yaml ${KUBECONFIG}
# expect: dockerfile-copies-secret-file "`~/.aws/credentials`"
COPY ci/aws.ini ~/.aws/credentials
# expect: dockerfile-copies-secret-file "`/root/.docker/config.json`"
COPY --from=registry-login /tmp/auth.json /root/.docker/config.json
# expect: dockerfile-copies-secret-file "`.kube/config`"
ADD kubeconfig.yaml .kube/config
# expect: dockerfile-copies-secret-file "`$AWS_SHARED_CREDENTIALS_FILE`"
COPY <<EOF $AWS_SHARED_CREDENTIALS_FILE
[default]
EOF
# expect: dockerfile-copies-secret-file "sets `GOOGLE_APPLICATION_CREDENTIALS` to the relative path `./key.json`"
ENV GOOGLE_APPLICATION_CREDENTIALS="./key.json"
# expect: dockerfile-copies-secret-file "`app/credentials`"
ENV PORT=8080 AWS_SHARED_CREDENTIALS_FILE=app/credentials
# expect: dockerfile-copies-secret-file "`service-account.json`"
ARG GOOGLE_APPLICATION_CREDENTIALS=service-account.json
# expect: dockerfile-copies-secret-file "copies `ci/.aws/credentials`"
COPY ci/.aws/credentials /root/.aws/credentials
# A private key beside public ones, and names that only look public.
# expect: dockerfile-copies-secret-file "`server.key`"
COPY server.key /etc/ssl/private/
# expect: dockerfile-copies-secret-file "`signing-private.gpg.key`"
COPY signing-private.gpg.key /usr/share/keyrings/
# expect: dockerfile-copies-secret-file "`publisher.key`"
COPY publisher.key /app/
# expect: dockerfile-copies-secret-file "`keys/pub/server.pem`"
COPY keys/pub/server.pem /etc/nginx/
USER 10001
