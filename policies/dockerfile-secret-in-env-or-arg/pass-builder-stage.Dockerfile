# A front end built in a builder stage: its build arguments and environment
# stay in the builder, and the shipped image only gets the files that
# `COPY --from` takes. The policy used to flag the builder's ARG and ENV
# lines, as an audit of public repositories found.
FROM node:22 AS ui
WORKDIR /src
ARG NPM_TOKEN
ARG SENTRY_AUTH_TOKEN
ENV SENTRY_AUTH_TOKEN=$SENTRY_AUTH_TOKEN
ARG VITE_API_KEY=""
ENV VITE_API_KEY=$VITE_API_KEY
COPY . .
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc \
    && npm ci && npm run build && rm .npmrc

FROM nginx:1.27
COPY --from=ui /src/dist /usr/share/nginx/html
