# A `FROM scratch` image with a command runs it as user id 0 without
# `USER`, whether the command is a `CMD` or comes from an earlier stage.
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /app ./cmd/app

# expect: dockerfile-final-stage-runs-as-root "sets no `USER`"
FROM scratch
COPY --from=build /app /app
CMD ["/app"]
