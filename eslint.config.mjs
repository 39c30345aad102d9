// ESLint: typescript-eslint's recommended rules, React hooks, and who may import whom (docs/architecture.md).
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const noServer = {
  group: ["@/server/*", "**/server/*", "../server/*", "../../server/*"],
  message: "the browser side (components, app) and lib never import server/: share through lib/",
};
const noUi = { group: ["@/components/*", "@/app/*", "**/components/*", "../app/*"], message: "lib/ is below components and app: it imports only lib" };
const noIo = {
  group: ["**/engine/*", "**/hub/*", "**/http/*", "../engine", "../hub", "../http"],
  message: "the model is pure: state + input → state + changes, no engine, hub or HTTP",
};

// Only the watcher, the runtime and the actions (with the stacks and the demo that launch them) use the engine layer;
// everything else sees its types and its error vocabulary only.
const engineOnlyByType = {
  group: ["**/engine/*", "!**/engine/errors", "!**/engine/stats"],
  allowTypeImports: true,
  message: "only the watcher, the runtime and the actions use the engine: import its types (import type), its errors (engine/errors) or its counters (engine/stats)",
};

export default tseslint.config(
  { ignores: [".next/**", "node_modules/**", "test-reports/**", "data/**", "next-env.d.ts", "public/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true }],
      // Tests read whatever JSON a route answered.
      "@typescript-eslint/no-explicit-any": "off",
    },
  },
  {
    files: ["**/*.tsx", "components/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "warn" },
  },
  { files: ["components/**", "app/**"], rules: { "no-restricted-imports": ["error", { patterns: [noServer] }] } },
  { files: ["lib/**"], rules: { "no-restricted-imports": ["error", { patterns: [noServer, noUi] }] } },
  { files: ["server/model/**"], rules: { "no-restricted-imports": ["error", { patterns: [noIo, noUi] }] } },
  {
    files: ["server/http/**", "server/hub/**", "server/auth/**"],
    ignores: ["**/*.test.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [engineOnlyByType] }] },
  },
);
