# The whole image is a build argument without a default: it may be a
# `nonroot` image, so whether the image runs as root is decided at build
# time (the policy used to flag it: attest reads no tag from `$BASE_IMAGE`).
ARG BASE_IMAGE
# expect: dockerfile-final-stage-runs-as-root unknown
FROM $BASE_IMAGE
COPY app /app
ENTRYPOINT ["/app"]
