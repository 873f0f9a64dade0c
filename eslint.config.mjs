// ESLint flat config: Next.js's rules (core web vitals, React hooks, accessibility) and
// typescript-eslint's recommended rules. One rule of ours: nothing outside app/ imports from
// app/ (server actions live in lib/<domain>/actions.ts, screens in their routes).
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  prettier,
  globalIgnores([".next/**", "node_modules/**", "lib/generated/**", ".data/**", "tests/.tmp/**", "next-env.d.ts", "public/**"]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports", disallowTypeAnnotations: false }],
      "no-console": ["error", { allow: ["warn", "error"] }],
      // React Compiler diagnostics: the app does not use the compiler, and these misread
      // react-hook-form (handleSubmit, watch) as refs read during render.
      "react-hooks/refs": "off",
      "react-hooks/incompatible-library": "off",
    },
  },
  {
    files: ["components/**", "lib/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/app/*", "**/app/*"],
              message: "components/ et lib/ n'importent rien de app/ (actions : lib/<domaine>/actions.ts).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["scripts/**", "bench/**", "prisma/**", "tests/**", "instrumentation.ts"],
    // Node scripts and tests: no React, no Next.js bundling ("useBrowser" is not a hook)
    rules: { "no-console": "off", "react-hooks/rules-of-hooks": "off", "@next/next/no-assign-module-variable": "off" },
  },
]);
