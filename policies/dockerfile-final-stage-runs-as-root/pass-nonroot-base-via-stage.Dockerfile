# The final stage builds on an earlier stage, which starts from a
# non-root image: the user of that image is the user of the final image.
FROM cgr.dev/chainguard/static@sha256:0d1e3c2b4a5968778695a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3 AS runtime-base

FROM debian:12.6-slim AS users
RUN echo "svc:x:2001:2001::/nonexistent:/sbin/nologin" >> /etc/passwd

FROM runtime-base
COPY --from=users /etc/passwd /etc/passwd
COPY svc /usr/local/bin/svc
ENTRYPOINT ["/usr/local/bin/svc"]
