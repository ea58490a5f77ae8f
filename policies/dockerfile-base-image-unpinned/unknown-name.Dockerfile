# The build argument is part of the image's name, where it may add a tag.
ARG SUFFIX
ARG REGISTRY
# expect: dockerfile-base-image-unpinned unknown
FROM ${REGISTRY}/app${SUFFIX}
RUN true
