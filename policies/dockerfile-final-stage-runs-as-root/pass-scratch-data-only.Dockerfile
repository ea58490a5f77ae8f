# A data-only image: `scratch` brings no command and the stage sets none,
# so no process of this image runs. It carries files that other images
# copy (`COPY --from=modules`) or mount.
FROM scratch
COPY modules/ /modules
WORKDIR /modules
