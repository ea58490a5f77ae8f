# The architecture is a build argument without a default: the tag is not
# known, but it says `nonroot` whatever the argument is (the policy used to
# end unknown here).
ARG ARCH
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /app ./cmd/app

FROM gcr.io/distroless/static:nonroot-${ARCH}
COPY --from=build /app /app
ENTRYPOINT ["/app"]
