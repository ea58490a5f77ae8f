# Build arguments in the registry or path, with the version written.
ARG REGISTRY
ARG MIRROR=registry.example.com
# A build argument whose default is `scratch` is `scratch`.
ARG EMPTY=scratch

FROM ${REGISTRY}/library/python:3.12.4-slim AS build
RUN python -V

FROM $MIRROR/base/runtime@sha256:9c1d2e3f4a5b6c7d8e9f00112233445566778899aabbccddeeff0011223344ab
COPY --from=build /usr/local/bin/python3 /usr/local/bin/

FROM ${EMPTY} AS export
COPY --from=build /usr/local/bin/python3 /
