# expect: dockerfile-base-image-unpinned "`golang`"
FROM golang AS build
RUN go version

# expect: dockerfile-base-image-unpinned "`alpine:latest`"
FROM alpine:latest
COPY --from=build /usr/local/go/VERSION /
