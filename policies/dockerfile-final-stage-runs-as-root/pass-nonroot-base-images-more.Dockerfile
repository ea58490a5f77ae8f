# Docker Hub's older Jupyter images, Chainguard's `python` (its `-dev`
# variant too), and Red Hat's UBI Python runtime (`USER 1001`).
FROM jupyter/datascience-notebook AS notebook
FROM cgr.dev/chainguard/python:latest-dev AS build
RUN pip install --user app
FROM registry.access.redhat.com/ubi9/python-311:1-77
COPY --from=build /home/nonroot/.local /opt/app-root/src/.local
CMD ["python", "-m", "app"]
