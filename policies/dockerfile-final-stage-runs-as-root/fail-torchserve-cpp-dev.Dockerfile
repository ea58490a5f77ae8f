# TorchServe's C++ development image is built without a `USER`.
# expect: dockerfile-final-stage-runs-as-root "sets no `USER`"
FROM pytorch/torchserve:0.12.0-cpp-dev-cpu
COPY handler/ /serve/cpp/handler/
CMD ["torchserve", "--start"]
