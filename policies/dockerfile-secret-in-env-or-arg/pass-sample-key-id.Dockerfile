# The access key id of AWS's documentation, and a dummy one for a local
# emulator, are samples: no account or user is named.
FROM python:3.12-slim
ENV AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
ARG AWS_ACCESS_KEY_ID=DUMMYIDEXAMPLE
USER 10001
