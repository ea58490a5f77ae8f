FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /app ./cmd/app

FROM scratch AS runtime
COPY --from=build /app /app
ENTRYPOINT /app serve

# The final stage inherits the `ENTRYPOINT` of `runtime`.
# expect: dockerfile-healthcheck-missing
FROM runtime
COPY config.yaml /config.yaml
