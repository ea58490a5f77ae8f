# A Docker client configuration written from a here-document that only
# names credential helpers: the credentials stay with the helper, outside
# the image.
FROM amazonlinux:2023
RUN dnf install -y amazon-ecr-credential-helper-0.9.0
COPY <<EOF /root/.docker/config.json
{"credsStore": "ecr-login"}
EOF
COPY <<-"JSON" /home/app/.docker/config.json
	{
	  "auths": {"https://index.docker.io/v1/": {}},
	  "credHelpers": {
	    "123456789012.dkr.ecr.us-east-1.amazonaws.com": "ecr-login",
	    "gcr.io": "gcloud"
	  }
	}
	JSON
USER 10001
