FROM python:3.12-slim AS paths
ARG AWS_ACCESS_KEY_ID=YOUR_ACCESS_KEY_ID
ARG public_token GCP_CREDENTIALS=./ci/sa.json
ENV GOOGLE_APPLICATION_CREDENTIALS=/etc/gcp/key.json SSL_KEY_FILE=/etc/ssl/private/server.pem
# A relative key file is dockerfile-copies-secret-file's finding (it ships in the image), not a secret value.
ENV GOOGLE_APPLICATION_CREDENTIALS=app/key.json
ENV NEXT_PUBLIC_API_KEY=pk_live_51Hx NEXT_PUBLIC_SUPABASE_ANON_KEY=eyJhbGciOiJIUzI1NiJ9
ENV AWS_ACCESS_KEY_ID=${AWS_ACCESS_KEY_ID} DB_PASSWORD= APP_SECRET=${APP_HOME}/config/secret.key PRIVATE_KEY=/key.pem
USER 10001
