import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * Local model servers often send no CORS headers. In development, the app can
 * reach them through this proxy: set the base URL in Settings to /proxy/ollama,
 * /proxy/llamacpp or /proxy/vllm (targets overridable by environment variables).
 */
const proxyTargets = {
  ollama: process.env.OLLAMA_URL ?? 'http://127.0.0.1:11434',
  llamacpp: process.env.LLAMACPP_URL ?? 'http://127.0.0.1:8080',
  vllm: process.env.VLLM_URL ?? 'http://127.0.0.1:8000',
};

const proxy = Object.fromEntries(
  Object.entries(proxyTargets).map(([name, target]) => [
    `/proxy/${name}`,
    { target, changeOrigin: true, rewrite: (path: string) => path.replace(`/proxy/${name}`, '') },
  ]),
);

/**
 * The built app's Content-Security-Policy: no inline script, no eval, and requests
 * only to this origin (and its proxies), the hosted APIs and local model servers.
 * Other model servers are added at build time: PARLEY_CONNECT_SRC="https://llm.example.com".
 */
export const CONNECT_SRC = [
  "'self'",
  'https://api.anthropic.com',
  'https://api.openai.com',
  'http://localhost:*',
  'http://127.0.0.1:*',
  ...(process.env.PARLEY_CONNECT_SRC ?? '').split(/\s+/).filter(Boolean),
];

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // data: and blob: images cannot run script or reach a server; the gallery's "Download PNG" draws through them.
  "img-src 'self' data: blob:",
  `connect-src ${CONNECT_SRC.join(' ')}`,
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  // The preview gallery shows each state in a frame of this same page.
  "frame-src 'self'",
].join('; ');

/**
 * Headers a <meta> cannot carry: no other origin may frame the app (a page could show
 * someone's conversations inside its own). `npm start` serves them; a deployment's
 * server must send the same (README, "Deploying").
 */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': "frame-ancestors 'self'",
  'X-Frame-Options': 'SAMEORIGIN',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** Only in the build: the dev server injects inline scripts and styles for hot reload. */
const contentSecurityPolicy: Plugin = {
  name: 'parley-csp',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
};

export default defineConfig({
  plugins: [react(), contentSecurityPolicy],
  build: { target: 'es2022', sourcemap: false },
  // JSON.parse of a string is parsed much faster than an object literal (the classifier's weights).
  json: { stringify: true },
  server: { port: 5173, strictPort: false, proxy },
  preview: { port: 4173, strictPort: false, proxy, headers: SECURITY_HEADERS },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    // Generous for a busy CI machine; tests wait on conditions, never on time.
    testTimeout: 30_000,
  },
});
