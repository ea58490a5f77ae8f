FROM node:20.11-slim
RUN --mount=type=secret,id=npm,env=NPM_TOKEN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > /root/.npmrc && npm ci && rm /root/.npmrc
RUN --mount=type=secret,id=gh,env=GITHUB_TOKEN git clone https://x-access-token:${GITHUB_TOKEN}@github.com/acme/private-lib.git /src/lib
RUN --mount=type=secret,id=gh,env=GITHUB_TOKEN git clone https://$GITHUB_TOKEN@github.com/acme/private-lib.git /src/lib2
RUN git clone https://github.com/acme/public-lib.git /src/lib3 && npm config set fetch-timeout 60000
RUN echo "always-auth=true" >> /root/.npmrc && echo "registry=https://registry.npmjs.org/" >> /root/.npmrc
USER 10001
FROM ubuntu:14.04 AS debconf
RUN { echo mysql-server mysql-server/root_password password ''; } | debconf-set-selections
USER 10001
