FROM eclipse-temurin:21-jdk AS build
# The Maven archive comes over plain HTTP and nothing checks it.
# expect: dockerfile-run-downloads-over-http
RUN curl -fsSL http://archive.apache.org/dist/maven/maven-3/3.9.6/binaries/apache-maven-3.9.6-bin.tar.gz \
    | tar -xz -C /opt

FROM ubuntu:24.04
# expect: dockerfile-run-downloads-over-http
RUN ["wget", "-q", "HTTP://downloads.example.org/tool-1.2.tar.gz", "-O", "/tmp/tool.tar.gz"]
# A public IPv6 address is not local.
# expect: dockerfile-run-downloads-over-http
RUN curl -s http://[2001:db8::10]/pub/file.tgz -o /tmp/file.tgz
# expect: dockerfile-run-downloads-over-http
RUN apt-get update && sudo /usr/bin/curl -o /tmp/data.zip ftp://ftp.example.org/pub/data.zip
USER 1000
