# The image is chosen with --build-arg when the image is built.
ARG BASE_IMAGE
# expect: dockerfile-base-image-unpinned unknown
FROM ${BASE_IMAGE}
RUN true
