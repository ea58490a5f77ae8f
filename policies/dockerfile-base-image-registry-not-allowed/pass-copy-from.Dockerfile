# param: allowed_registries = ["ghcr.io/acme/"]
FROM ghcr.io/acme/base:2.0 AS Build
RUN make

FROM ghcr.io/acme/base:2.0
# Stages by name (in any case) and by index.
COPY --from=build /out /app
COPY --from=BUILD /out /app2
COPY --from=0 /out /app3
# An image of an allowed registry.
COPY --from=ghcr.io/acme/tools:1.4 /bin/tool /usr/local/bin/tool
RUN --mount=type=bind,from=ghcr.io/acme/tools:1.4,source=/bin/tool,target=/tmp/tool /tmp/tool
# A cache mount and a secret mount read no image.
RUN --mount=type=cache,target=/root/.cache --mount=type=secret,id=npm make
# A variable, and a bare word that may be a named build context.
ARG TOOLS_IMAGE
COPY --from=${TOOLS_IMAGE} /bin/tool /usr/local/bin/tool2
COPY --from=tools /bin/tool /usr/local/bin/tool3
