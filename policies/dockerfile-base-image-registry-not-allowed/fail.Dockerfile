# param: allowed_registries = ["123456789012.dkr.ecr.eu-west-1.amazonaws.com/base/"]
# expect: dockerfile-base-image-registry-not-allowed "python:3.12.4-slim"
FROM python:3.12.4-slim AS build
RUN pip wheel --wheel-dir /wheels .

FROM 123456789012.dkr.ecr.eu-west-1.amazonaws.com/base/python:3.12.4-slim
COPY --from=build /wheels /wheels
