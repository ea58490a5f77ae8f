# Images with `lambda` in their name that are not Lambda base images: the
# Lambda Web Adapter is copied into other images, and a team's own
# `lambda/python` repository is not AWS's.
FROM public.ecr.aws/awsguru/aws-lambda-adapter:0.8.4 AS adapter

# expect: dockerfile-final-stage-runs-as-root "sets no `USER`"
FROM registry.example.com/lambda/python:3.12
COPY --from=adapter /lambda-adapter /opt/extensions/lambda-adapter
CMD ["python", "app.py"]
