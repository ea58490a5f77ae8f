# A Lambda base image in an earlier stage only, and a final image that is
# not one: the Lambda Web Adapter runs a web server in another image.
FROM public.ecr.aws/lambda/nodejs:20 AS deps
RUN npm ci --omit=dev

FROM public.ecr.aws/awsguru/aws-lambda-adapter:0.8.4 AS adapter

# expect: dockerfile-healthcheck-missing
FROM node:20-slim
COPY --from=adapter /lambda-adapter /opt/extensions/lambda-adapter
COPY --from=deps /var/task /app
CMD ["node", "/app/server.js"]
