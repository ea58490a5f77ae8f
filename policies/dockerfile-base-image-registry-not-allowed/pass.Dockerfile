# With the default, no registry list, every registry is allowed.
FROM python:3.12.4-slim
COPY . /app
