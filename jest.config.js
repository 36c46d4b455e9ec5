/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "\\.csv$": "<rootDir>/test/support/textFileTransform.js",
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx", isolatedModules: true } }],
  },
  setupFiles: ["<rootDir>/test/support/customFunctionsRuntime.ts"],
  testTimeout: 60000,
};
