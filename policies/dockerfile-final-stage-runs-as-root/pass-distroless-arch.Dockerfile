# `nonroot-amd64` once the build argument's default is filled in (the
# policy used to flag it: the tag does not end in `nonroot`).
ARG ARCH=amd64
FROM gcr.io/distroless/static-debian12:nonroot-${ARCH}
COPY app /app
ENTRYPOINT ["/app"]
