# docker-lambda's build images are build tools that run as root.
# expect: dockerfile-final-stage-runs-as-root "sets no `USER`"
FROM lambci/lambda:build-python3.8
COPY . /var/task
CMD ["pip", "install", "-r", "requirements.txt", "-t", "python"]
