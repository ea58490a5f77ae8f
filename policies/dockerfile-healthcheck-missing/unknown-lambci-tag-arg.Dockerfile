# The tag is a build argument without a default: it may name a build image
# (`build-python3.8`) or a run image (`python3.8`).
ARG TAG
# expect: dockerfile-healthcheck-missing unknown
FROM lambci/lambda:${TAG}
COPY . /var/task
