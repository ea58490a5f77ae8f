# The final stage is built on a Lambda base image through earlier stages
# (stage names are compared in any case, as Docker does).
FROM public.ecr.aws/lambda/python:3.12 AS Base
RUN dnf install -y gcc && pip install -r requirements.txt

FROM base AS app
COPY app.py ${LAMBDA_TASK_ROOT}

FROM app
CMD ["app.handler"]
