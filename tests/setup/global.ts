// Once per test run: make sure the site is built (turbo builds it before `test`),
// serve it on a free port and start one Chromium that every test file connects to.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { chromium, type BrowserServer } from "playwright-core";
import type { TestProject } from "vitest/node";
import { buildDir, siteDir } from "./paths";
import { serveStatic } from "./static-server";

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-quic",
];

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    wsEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium saknas: kör \`apt-get install -y chromium\` (sökte efter ${chromiumPath}; sätt CHROMIUM_PATH för en annan sökväg)`,
    );
  }
  if (!existsSync(join(buildDir, "index.html"))) {
    // Normally `turbo run test` has built the site already; this keeps `vitest` alone working.
    execFileSync("npx", ["docusaurus", "build"], { cwd: siteDir, stdio: "inherit" });
  }
  const { server, url } = await serveStatic(buildDir);
  let browser: BrowserServer;
  try {
    browser = await chromium.launchServer({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  } catch (error) {
    server.close();
    throw error;
  }
  project.provide("baseUrl", url);
  project.provide("wsEndpoint", browser.wsEndpoint());
  return async () => {
    await browser.close();
    await new Promise((done) => server.close(done));
  };
}
