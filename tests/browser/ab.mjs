// Two built pages side by side, e.g. before and after a change to the web build:
//   node ab.mjs target/web/dist /tmp/dist-before
// Nine first visits of each, alternating, each in a fresh browser context; prints the medians
// of "running" (the loading note gone) and "drawn" (the frame after the next, as
// page.test.mjs measures it), by the page's clock. A probe for a person, not a test.
import { createServer } from "node:http";
import { readFileSync, existsSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";
const dists = process.argv.slice(2);
const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm" };

/** A server of the built folder `dist`, and its address. */
async function serve(dist) {
  const server = createServer((request, response) => {
    const path = new URL(request.url, "http://x").pathname;
    const file = join(dist, path === "/" ? "index.html" : normalize(path));
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  return [server, `http://127.0.0.1:${server.address().port}`];
}

const servers = await Promise.all(dists.map(serve));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--no-first-run"],
});
const results = dists.map(() => []);
for (let run = 0; run < 9; run++) {
  for (let i = 0; i < dists.length; i++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await context.addInitScript(() => {
      new MutationObserver((_, obs) => {
        if (document.readyState !== "loading" && !document.getElementById("laden") && window.gone === undefined) {
          window.gone = performance.now();
          obs.disconnect();
          requestAnimationFrame(() => requestAnimationFrame(() => (window.drawn = performance.now())));
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(servers[i][1] + "/");
    await page.waitForFunction(() => window.drawn !== undefined, null, { timeout: 120000 });
    results[i].push(await page.evaluate(() => [Math.round(window.gone), Math.round(window.drawn)]));
    await context.close();
  }
}
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
dists.forEach((dist, i) => {
  const running = median(results[i].map(([gone]) => gone));
  const drawn = results[i].map(([, at]) => at);
  console.log(`${dist}: running ${running} ms, drawn ${median([...drawn])} ms (each: ${drawn.join(", ")})`);
});
await browser.close();
for (const [server] of servers) server.close();
