import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // The request validator reaches the simulator through a port its entry fills (draft-port.ts).
    setupFiles: ['src/engine/__fixtures__/validator.ts'],
    // Scenario walks and property tests are CPU-bound; a busy 2-core CI machine needs headroom.
    testTimeout: 30_000,
  },
});
