# k6's image ends its Dockerfile with `USER 12345`: a script image built on it
# runs as that user.
FROM grafana/k6:0.52.0
COPY script.js /home/k6/
ENTRYPOINT ["k6", "run", "/home/k6/script.js"]
