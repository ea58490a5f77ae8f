# Built on a Lambda base image through earlier stages (as the ECR Public
# Gallery names the image; stage names in any case, as Docker compares them).
FROM node:20-slim AS tools
RUN npm install -g esbuild@0.24.0

FROM gallery.ecr.aws/lambda/nodejs:20 AS Deps
RUN npm ci --omit=dev

FROM deps AS app
COPY --from=tools /usr/local/lib/node_modules /opt/tools

FROM app
COPY index.mjs ${LAMBDA_TASK_ROOT}
CMD ["index.handler"]
