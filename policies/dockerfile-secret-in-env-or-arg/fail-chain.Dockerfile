# The final stage is built on `deps`, itself built on `base`: what they set
# is in the shipped image. The `test` stage is not, and passes. An `ARG`
# before the first `FROM` belongs to no stage, and is flagged.
ARG PYTHON_VERSION=3.12
# expect: dockerfile-secret-in-env-or-arg "`global/ARG[1]` takes `PIP_INDEX_TOKEN`"
ARG PIP_INDEX_TOKEN
FROM python:${PYTHON_VERSION}-slim AS Base
# expect: dockerfile-secret-in-env-or-arg "`Base/ARG[0]` takes `PIP_INDEX_TOKEN` as a build argument"
ARG PIP_INDEX_TOKEN
RUN pip config set global.index-url "https://__token__:${PIP_INDEX_TOKEN}@pypi.example.com/simple"

FROM base AS deps
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
# expect: dockerfile-secret-in-env-or-arg "`SENTRY_AUTH_TOKEN`"
ENV SENTRY_AUTH_TOKEN=sntrys_eyJpYXQiOjE3MDAwMDAwMDB9

FROM deps AS test
ARG CODECOV_TOKEN
ENV TEST_DB_PASSWORD=postgres
COPY . .
RUN pytest && codecov --token "$CODECOV_TOKEN"

FROM deps
COPY app /app
USER 10001
CMD ["python", "-m", "app"]
