// Shared ESLint flat config. Besides the usual TypeScript rules it keeps the
// dependency direction of the monorepo (see the root README):
//   engine   -> no workspace package (pure, deterministic)
//   db       -> only apps/server may import it
//   web      -> may import the server's router as a type only
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const ignores = {
  ignores: [
    "**/node_modules/**",
    "**/.next/**",
    "**/dist/**",
    "**/generated/**",
    "**/next-env.d.ts",
    "**/test-results/**",
    "**/playwright-report/**",
  ],
};

const typescriptRules = [
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": [
        "error",
        { prefer: "type-imports", fixStyle: "separate-type-imports" },
      ],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
      "no-console": "off",
    },
  },
];

const workspacePackage = (name, message) => ({ group: [name, `${name}/*`], message });

/** Engine: pure and deterministic; it imports no workspace package and touches no I/O. */
export const engine = [
  ...typescriptRules,
  {
    files: ["src/**/*.ts"],
    ignores: ["src/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            workspacePackage(
              "@threatscape/*",
              "packages/engine must not import another workspace package: it is the pure core everything else depends on.",
            ),
            {
              group: ["node:*", "fs", "net", "http", "https", "child_process", "os"],
              message:
                "packages/engine/src is pure and deterministic: no I/O. Put file or network access in the CLI (packages/engine/cli) or in apps/server.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        {
          name: "process",
          message: "The engine reads no environment: pass settings in the scenario.",
        },
      ],
      "no-restricted-properties": [
        "error",
        {
          object: "Math",
          property: "random",
          message: "Use the seeded generator in the game state (src/random.ts).",
        },
        {
          object: "Date",
          property: "now",
          message: "Time arrives inside actions; the engine never reads the clock.",
        },
      ],
    },
  },
];

const notDb = workspacePackage(
  "@threatscape/db",
  "Only apps/server may import @threatscape/db: storage sits behind the server's repositories.",
);

/** Libraries other than the engine and db (protocol, ...). */
export const library = [
  ...typescriptRules,
  { rules: { "no-restricted-imports": ["error", { patterns: [notDb] }] } },
];

/** apps/server: may import everything in packages/*. */
export const server = [...typescriptRules];

/** packages/db: only Prisma's generated client and repositories live here. */
export const db = [...typescriptRules];

/** apps/web: the server's router is a type-only import; the db never. */
export const web = [
  ...typescriptRules,
  {
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            notDb,
            {
              group: ["@threatscape/server", "@threatscape/server/*"],
              allowTypeImports: true,
              message:
                "apps/web may import the server's router only as a type (`import type { AppRouter } ...`): the server never ships to the browser.",
            },
          ],
        },
      ],
    },
  },
];

/** tests/*: may reach everything. */
export const tests = [...typescriptRules];

export default function config(kind) {
  return [ignores, ...kind];
}
