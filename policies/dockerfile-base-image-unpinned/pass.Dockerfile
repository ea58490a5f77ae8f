ARG PYTHON=3.12.4
FROM python:${PYTHON}-slim AS build
RUN pip wheel --wheel-dir /wheels requests==2.32.3

FROM build AS test
RUN python -c "import sys"

FROM registry.example.com:5000/base/python@sha256:4f9d3c1e8b7a60f2d5c49e1b3a7f8d20c6e5b9a4d1f3e7c2b8a6d4f0e9c1b7a5
COPY --from=build /wheels /wheels

FROM scratch AS export
COPY --from=build /wheels /
