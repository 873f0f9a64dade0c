// Three kinds of tests, one `npm test` (a fourth, "cluster", under `npm run test:cluster`):
//  - unit: components and pure logic, jsdom;
//  - integration: server code against a real PostgreSQL;
//  - browser: the built app driven in Chromium by playwright-core.
// scripts/test.mjs (`npm test`) prepares the database and the app, then runs this.
import nextJest from "next/jest.js";

const createJestConfig = nextJest({ dir: "./" });

// ESM-only packages that Jest's CommonJS runtime cannot require: SWC compiles them like our code
// (file-type, which sniffs uploaded media by their magic bytes, and its dependencies)
const ESM_PACKAGES = [
  "intl-messageformat",
  "next-intl",
  "use-intl",
  "@formatjs",
  "icu-minify",
  "file-type",
  "strtok3",
  "token-types",
  "uint8array-extras",
  "@tokenizer",
  "@borewit",
];
const compileEsm = (config) => ({
  ...config,
  transformIgnorePatterns: config.transformIgnorePatterns.map((pattern) =>
    pattern.startsWith("/node_modules/(?!.pnpm)(?!(") ? pattern.replace("(?!(", `(?!(${ESM_PACKAGES.join("|")}|`) : pattern,
  ),
});

const common = {
  moduleNameMapper: {
    "^server-only$": "<rootDir>/tests/setup/empty-module.js",
    "^@/(.*)$": "<rootDir>/$1",
    // file-type exports ES modules under "import" conditions only: Jest's resolver takes its entry by path
    "^file-type$": "<rootDir>/node_modules/file-type/index.js",
    // marked ships ES modules only; Jest (CommonJS) takes its UMD build
    "^marked$": "<rootDir>/node_modules/marked/lib/marked.umd.js",
  },
  testPathIgnorePatterns: ["/node_modules/", "/.next/", "/tests/.tmp/"],
  modulePathIgnorePatterns: ["<rootDir>/.next/"],
  testTimeout: 60_000,
};

const unit = compileEsm(
  await createJestConfig({
    ...common,
    displayName: "unit",
    testEnvironment: "jsdom",
    setupFilesAfterEnv: ["<rootDir>/tests/setup/jest-dom.ts"],
    testMatch: ["<rootDir>/{lib,components,app}/**/*.test.{ts,tsx}", "<rootDir>/tests/unit/**/*.test.{ts,tsx}"],
  })(),
);

const integration = compileEsm(
  await createJestConfig({
    ...common,
    displayName: "integration",
    testEnvironment: "node",
    testMatch: ["<rootDir>/tests/integration/**/*.test.ts"],
  })(),
);

const browser = compileEsm(
  await createJestConfig({
    ...common,
    displayName: "browser",
    testEnvironment: "node",
    testMatch: ["<rootDir>/tests/browser/**/*.test.ts"],
  })(),
);

// issue 16: two instances behind nginx, a replica, faults; only under `npm run test:cluster`
// (scripts/test-cluster.mjs starts that stack and sets CLUSTER_CONTROL_URL), never in `npm test`
const cluster = compileEsm(
  await createJestConfig({
    ...common,
    displayName: "cluster",
    testEnvironment: "node",
    testMatch: ["<rootDir>/tests/cluster/**/*.test.ts"],
    testTimeout: 120_000,
  })(),
);

const config = {
  projects: [unit, integration, browser, ...(process.env.CLUSTER_CONTROL_URL ? [cluster] : [])],
  testTimeout: 60_000,
};

export default config;
