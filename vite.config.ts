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

export default defineConfig({
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false },
  server: { port: 5173, strictPort: false, proxy },
  preview: { port: 4173, strictPort: false, proxy },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
  },
});
