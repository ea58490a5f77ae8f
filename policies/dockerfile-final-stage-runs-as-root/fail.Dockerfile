FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN go build -o /app ./cmd/app

# expect: dockerfile-final-stage-runs-as-root "sets no `USER`"
FROM debian:12-slim
COPY --from=build /app /usr/local/bin/app
CMD ["app"]
