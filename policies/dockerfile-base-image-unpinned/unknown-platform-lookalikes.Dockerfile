# Near misses of a stage chosen by the platform: no earlier stage's name
# (an unnamed stage has none) starts with the text before the variable,
# the stage comes later, or the variable is not one of BuildKit's platform
# arguments. The image is then a build argument's, unknown until the image
# is built.
ARG FLAVOUR
FROM alpine:3.20.3
FROM alpine:3.20.3 AS binary-linux
# expect: dockerfile-base-image-unpinned unknown
FROM release-$TARGETOS AS release
# expect: dockerfile-base-image-unpinned unknown
FROM late-$TARGETARCH AS early
FROM alpine:3.20.3 AS late-amd64
# expect: dockerfile-base-image-unpinned unknown
FROM binary-$FLAVOUR AS flavoured
RUN true
