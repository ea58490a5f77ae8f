# param: nonroot_image_prefixes = ["registry.example.com/platform/"]
# A team's own base images, built with a non-root `USER`, listed in
# attest.toml.
FROM registry.example.com/platform/python:3.12
COPY app /app
CMD ["python", "/app/main.py"]
