# syntax=docker/dockerfile:1-labs
FROM ubuntu:24.04
RUN --security=sandbox make -C /src
RUN --network=none make -C /src test
USER 1000
