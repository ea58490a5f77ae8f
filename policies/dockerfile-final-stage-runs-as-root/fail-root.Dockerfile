FROM node:20.11-alpine
WORKDIR /srv
COPY . .
RUN npm ci --omit=dev
# expect: dockerfile-final-stage-runs-as-root "`USER root`"
USER root
CMD ["node", "server.js"]
