# The registry is a build argument without a default: the image is not
# known to be AWS's Lambda base image, and is taken to run as root, as
# `${REGISTRY}/debian:12-slim` is.
ARG REGISTRY
# expect: dockerfile-final-stage-runs-as-root fail "sets no `USER`"
FROM ${REGISTRY}/lambda/python:3.12
COPY app.py /var/task/
CMD ["app.handler"]
