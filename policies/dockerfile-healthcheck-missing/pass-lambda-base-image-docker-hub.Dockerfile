# The Lambda base images on Docker Hub.
FROM amazon/aws-lambda-java:21
COPY target/classes ${LAMBDA_TASK_ROOT}
CMD ["com.example.Handler::handleRequest"]
