# The Lambda base images on Docker Hub, with a platform and a digest.
FROM --platform=linux/arm64 amazon/aws-lambda-nodejs:20@sha256:0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0
COPY index.mjs ${LAMBDA_TASK_ROOT}
CMD ["index.handler"]
