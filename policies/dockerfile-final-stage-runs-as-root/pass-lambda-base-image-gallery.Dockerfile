# The Lambda base images as the ECR Public Gallery names them; a `USER`
# written in the image does not decide how Lambda runs it either.
FROM gallery.ecr.aws/lambda/provided:al2023
COPY bootstrap ${LAMBDA_RUNTIME_DIR}
USER root
CMD ["handler"]
