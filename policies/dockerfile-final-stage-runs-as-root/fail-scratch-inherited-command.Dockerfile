FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /app ./cmd/app

FROM scratch AS runtime
COPY --from=build /app /app
ENTRYPOINT ["/app"]

# The final stage inherits the `ENTRYPOINT` of `runtime`.
# expect: dockerfile-final-stage-runs-as-root "sets no `USER`"
FROM runtime
COPY config.yaml /config.yaml
