FROM ubuntu:24.04 AS desktop-build
EXPOSE 5900

FROM ubuntu:24.04
# Ports near, but not, the remote-administration ones; a UDP port.
EXPOSE 8080 2323 33890 5902 6080 3389/udp 8000-8100
USER 1000
