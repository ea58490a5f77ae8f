# Base images that run as a non-root user of their own, by the `USER` of
# their Dockerfile (the `nonroot_image_prefixes` parameter): the Jupyter
# Docker Stacks end with `USER ${NB_UID}` (`jovyan`, 1000).
FROM quay.io/jupyter/scipy-notebook:2025-03-14
COPY --chown=${NB_UID}:${NB_GID} requirements.txt /tmp/
RUN pip install --no-cache-dir -r /tmp/requirements.txt
