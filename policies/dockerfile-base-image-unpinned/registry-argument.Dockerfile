# The registry is a build argument, but no value of it can add a tag:
# `ubuntu` is still `latest`.
ARG REGISTRY
# A default that names an image without a tag is `latest` too.
ARG RUNTIME=node

# expect: dockerfile-base-image-unpinned "`${REGISTRY}/ubuntu`"
FROM ${REGISTRY}/ubuntu AS base
RUN true

# expect: dockerfile-base-image-unpinned "`${RUNTIME}`"
FROM ${RUNTIME}
COPY --from=base /etc/os-release /
