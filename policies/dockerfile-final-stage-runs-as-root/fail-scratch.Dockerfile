# A static binary on `scratch` still runs as user id 0 without `USER`.
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /app ./cmd/app

# expect: dockerfile-final-stage-runs-as-root "sets no `USER`"
FROM scratch
COPY --from=build /app /app
ENTRYPOINT ["/app"]
