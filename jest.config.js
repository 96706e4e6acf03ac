// ESM + ts-jest: the toolkit packages are ESM-only, so the tests run as native ES modules.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }]
  },
  testMatch: ['**/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  testTimeout: 30000,
  // The fault tables' rows (test.concurrent, one file per platform) mostly wait for timeouts:
  // run several at once, but few enough that the clean calls among them still answer well
  // within their attempt's time on a busy machine (__tests__/support/faults/table.ts).
  maxConcurrency: 16,
  // Both CPUs of a two-core runner (jest's default leaves one to its own process, which then
  // runs every file itself, one after another, in one ever-growing heap); a worker that has
  // grown past the limit is replaced between files, as heaps that large slow every later file.
  maxWorkers: 2,
  workerIdleMemoryLimit: '800MB',
  testSequencer: '<rootDir>/__tests__/support/sequencer.js',
  globalSetup: '<rootDir>/__tests__/support/moto-global-setup.js',
  globalTeardown: '<rootDir>/__tests__/support/moto-global-teardown.js',
  verbose: false
}
