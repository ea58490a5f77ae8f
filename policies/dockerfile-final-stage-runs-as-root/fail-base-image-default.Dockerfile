# A build argument with a default is read as its default, `debian:12-slim`,
# which runs as root.
ARG BASE_IMAGE=debian:12-slim
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN go build -o /app ./cmd/app

# expect: dockerfile-final-stage-runs-as-root "sets no `USER`"
FROM $BASE_IMAGE
COPY --from=build /app /usr/local/bin/app
CMD ["app"]
