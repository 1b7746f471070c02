#!/usr/bin/env node
import("../dist/cli/main.js").catch((error) => {
  if (error && error.code === "ERR_MODULE_NOT_FOUND") {
    console.error("kb är inte byggt ännu. Kör `npm ci` (eller `npm run build`) i projektets rotmapp först.");
    process.exit(2);
  }
  throw error;
});
