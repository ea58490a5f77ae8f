FROM node:22-bookworm
WORKDIR /app
COPY package.json package-lock.json ./
# expect: dockerfile-run-secret-mount-world-accessible
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc,mode=0644 npm ci
# expect: dockerfile-run-secret-mount-world-accessible
RUN --mount=type=ssh,mode=0666 git clone git@github.com:acme/private-lib.git /opt/lib
USER node
