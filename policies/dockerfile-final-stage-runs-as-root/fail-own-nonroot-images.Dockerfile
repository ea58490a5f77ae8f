# param: nonroot_image_prefixes = ["registry.example.com/platform/"]
# Setting the parameter replaces the whole list: the Jupyter images are no
# longer in it.
# expect: dockerfile-final-stage-runs-as-root "sets no `USER`"
FROM quay.io/jupyter/scipy-notebook:2025-03-14
COPY requirements.txt /tmp/
