# An AWS Lambda base image: Lambda never runs the image's `HEALTHCHECK`.
FROM public.ecr.aws/lambda/python:3.12
COPY app.py ${LAMBDA_TASK_ROOT}
CMD ["app.handler"]
