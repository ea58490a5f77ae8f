# A model server image built on TorchServe, which runs as `model-server`;
# the base is a build argument with a default, read as its default.
ARG BASE_IMAGE=pytorch/torchserve:0.12.0-cpu
FROM ${BASE_IMAGE}
COPY config.properties /home/model-server/
CMD ["torchserve", "--start", "--model-store", "/home/model-server/model-store"]
