# The stage the platform chooses: `binary-$TARGETOS` is `binary-linux`,
# `binary-darwin` or `binary-windows`, stages checked themselves (as
# docker/compose and docker/buildx write it).
FROM golang:1.23.4-alpine AS build
RUN go build -o /out/app .

FROM scratch AS binary-unix
COPY --from=build /out/app /

FROM binary-unix AS binary-darwin
FROM binary-unix AS binary-linux

FROM scratch AS binary-windows
COPY --from=build /out/app /app.exe

FROM binary-$TARGETOS AS binary

FROM alpine:3.20.3 AS base-amd64
FROM alpine:3.20.3 AS base-arm64
FROM BASE-${TARGETARCH}${TARGETVARIANT} AS runtime
RUN true
