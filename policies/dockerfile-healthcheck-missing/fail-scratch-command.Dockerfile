# A `FROM scratch` image with a command runs a service.
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /app ./cmd/app

# expect: dockerfile-healthcheck-missing
FROM scratch
COPY --from=build /app /app
ENTRYPOINT []
CMD ["/app", "serve"]
