# Only the registry is a build argument: it cannot change the tag, and
# `debian:12-slim` runs as root from whichever mirror it is pulled.
ARG REGISTRY
# expect: dockerfile-final-stage-runs-as-root "sets no `USER`"
FROM ${REGISTRY}/debian:12-slim
COPY app /usr/local/bin/app
CMD ["app"]
