# Only the Jupyter Docker Stacks are listed: another image under `jupyter/`
# on Docker Hub, and a stacks image pulled from a registry set at build time
# (a mirror may hold anything under that name), are taken to run as root.
FROM jupyter/repo2docker:0.11.0 AS other
ARG MIRROR
# expect: dockerfile-final-stage-runs-as-root "sets no `USER`"
FROM ${MIRROR}/jupyter/scipy-notebook:2025-03-14
