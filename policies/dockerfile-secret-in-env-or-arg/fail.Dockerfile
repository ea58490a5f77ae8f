FROM node:20.11-alpine
# expect: dockerfile-secret-in-env-or-arg "`NPM_TOKEN` as a build argument"
ARG NPM_TOKEN
# expect: dockerfile-secret-in-env-or-arg "`DB_PASSWORD`"
ENV DB_PASSWORD=hunter2 NODE_ENV=production
# expect: dockerfile-secret-in-env-or-arg "`API_KEY`"
ENV API_KEY=${NPM_TOKEN}
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc
USER node
