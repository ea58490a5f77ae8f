# syntax=docker/dockerfile:1
FROM golang:1.23 AS build
WORKDIR /src
# expect: dockerfile-run-disables-build-sandbox "network namespace"
RUN --network=host go mod download
# expect: dockerfile-run-disables-build-sandbox "`build/RUN[1]`"
RUN --mount=type=cache,target=/root/.cache --network=host go build -o /out/app ./cmd/app

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
