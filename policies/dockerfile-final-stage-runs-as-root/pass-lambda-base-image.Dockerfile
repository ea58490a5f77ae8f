# An AWS Lambda base image: the image is a Lambda function, and Lambda runs
# it as a least-privileged user of its own, not root, whatever its `USER`.
FROM public.ecr.aws/lambda/python:3.12
COPY requirements.txt ${LAMBDA_TASK_ROOT}
RUN pip install -r requirements.txt
COPY app.py ${LAMBDA_TASK_ROOT}
CMD ["app.handler"]
