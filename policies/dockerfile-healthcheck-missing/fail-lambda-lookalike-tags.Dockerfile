# docker-lambda's run images (not `build-*`) emulate Lambda locally.
# expect: dockerfile-healthcheck-missing fail
FROM lambci/lambda:python3.8
COPY app.py /var/task/
