# A Lambda base image in an earlier stage only: the final image is another.
FROM public.ecr.aws/lambda/python:3.12 AS lambda
RUN pip install -r requirements.txt -t /deps

# The SAM CLI's build image runs as root in Docker, on a CI runner or a
# workstation, with the source tree mounted: Lambda never runs it.
FROM public.ecr.aws/sam/build-python3.12 AS sam
COPY --from=lambda /deps /deps

# expect: dockerfile-final-stage-runs-as-root "sets no `USER`"
FROM sam
RUN sam build
