# param: allowed_registries = ["ghcr.io/acme/"]
# The image is chosen with --build-arg when the image is built.
ARG BASE_IMAGE
# expect: dockerfile-base-image-registry-not-allowed unknown
FROM ${BASE_IMAGE}
RUN true
