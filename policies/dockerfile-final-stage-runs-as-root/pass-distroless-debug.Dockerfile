FROM gcr.io/distroless/base-debian12:debug-nonroot-arm64
COPY app /app
ENTRYPOINT ["/app"]
