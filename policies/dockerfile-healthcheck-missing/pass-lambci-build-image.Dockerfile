# docker-lambda's build images, and the SAM CLI's older ones on Docker Hub.
FROM amazon/aws-sam-cli-build-image-python3.8 AS sam
RUN pip install --upgrade pip

FROM lambci/lambda:build-python3.8
COPY . /var/task
CMD ["pip", "install", "-r", "requirements.txt", "-t", "python"]
