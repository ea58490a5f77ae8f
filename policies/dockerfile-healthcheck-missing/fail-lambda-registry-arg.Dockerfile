# A registry given as a build argument is not known to be AWS's.
ARG REGISTRY
# expect: dockerfile-healthcheck-missing fail
FROM ${REGISTRY}/lambda/python:3.12
COPY app.py /var/task/
