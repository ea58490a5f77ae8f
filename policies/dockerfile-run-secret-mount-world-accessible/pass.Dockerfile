FROM node:22-bookworm
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
RUN --mount=type=secret,id=token,uid=1000,mode=0440 ./fetch-assets.sh
RUN --mount=type=ssh git clone git@github.com:acme/private-lib.git /opt/lib
# A cache is not a secret.
RUN --mount=type=cache,target=/root/.npm,mode=0777 npm run build
USER node
