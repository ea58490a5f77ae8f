# syntax=docker/dockerfile:1-labs
FROM ubuntu:24.04
# expect: dockerfile-run-disables-build-sandbox
RUN --security=insecure mount -o loop /build/disk.img /mnt && cp -r /mnt/firmware /opt/
USER 1000
