# Vite compiles the `VITE_` variables into the JavaScript it serves to
# every browser: public by design, like Next.js's `NEXT_PUBLIC_`.
FROM node:22-alpine
WORKDIR /app
ARG VITE_SUPABASE_ANON_KEY
ENV VITE_SUPABASE_ANON_KEY=$VITE_SUPABASE_ANON_KEY VITE_MAPS_API_KEY=pk.eyJ1IjoiZXhhbXBsZSJ9
COPY . .
RUN npm ci && npm run build
USER node
CMD ["npx", "vite", "preview", "--host", "0.0.0.0"]
