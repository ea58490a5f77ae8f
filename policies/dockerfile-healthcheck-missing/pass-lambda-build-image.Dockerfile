# The SAM CLI's build image: the container runs a build and exits.
FROM public.ecr.aws/sam/build-python3.12
COPY . /var/task
CMD ["sam", "build"]
