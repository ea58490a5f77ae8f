FROM node:20.11-alpine
ARG NODE_VERSION=20
ENV NODE_ENV=production DB_PASSWORD_FILE=/run/secrets/db_password TOKEN_URL=https://auth.example.com/token
RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci
USER node
