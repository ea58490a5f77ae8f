FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN go build -o /app ./cmd/app

FROM debian:12-slim AS runtime
RUN useradd --uid 10001 --no-create-home app
USER 10001:10001

# Built on `runtime`: inherits its USER.
FROM runtime
COPY --from=build /app /usr/local/bin/app
CMD ["app"]
