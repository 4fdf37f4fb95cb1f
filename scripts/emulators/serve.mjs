// Starts one pinned emulator on 127.0.0.1 with a port the kernel picks, checks
// that it answers HTTP, then prints one line "READY <port>" for
// scripts/emulators.sh to read. Every emulator goes through this launcher
// because the packages' own CLIs either bind all interfaces (kinesalite,
// fauxqs) or cannot take port 0 (dynalite turns 0 into 4567).
//
// usage: node serve.mjs <dynalite|kinesalite|fauxqs|s3rver> <install dir> <data dir>
import { createRequire } from "node:module";
import { request } from "node:http";
import { pathToFileURL } from "node:url";
import path from "node:path";

const HOST = "127.0.0.1";

// State transitions (CREATING -> ACTIVE, DELETING -> gone) stay a little
// slower than instant so that generated waiters really poll, yet fast enough
// that a test suite creating dozens of tables does not crawl.
const TRANSITION_MS = 50;

const [name, installDir, dataDir] = process.argv.slice(2);
if (!name || !installDir || !dataDir) {
  console.error("usage: node serve.mjs <emulator> <install dir> <data dir>");
  process.exit(2);
}
const requireFromInstall = createRequire(path.join(installDir, "package.json"));

function listen(server) {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, HOST, () => resolve(server.address().port));
  });
}

const starters = {
  async dynalite() {
    const dynalite = requireFromInstall("dynalite");
    return listen(
      dynalite({
        createTableMs: TRANSITION_MS,
        deleteTableMs: TRANSITION_MS,
        updateTableMs: TRANSITION_MS,
      }),
    );
  },
  async kinesalite() {
    const kinesalite = requireFromInstall("kinesalite");
    return listen(
      kinesalite({
        createStreamMs: TRANSITION_MS,
        deleteStreamMs: TRANSITION_MS,
        updateStreamMs: TRANSITION_MS,
      }),
    );
  },
  async fauxqs() {
    // startFauxqs() hard-codes host 0.0.0.0; buildApp() lets us choose.
    // The package exports only an "import" condition, which require.resolve
    // cannot see, so name its entry file directly.
    const entry = path.join(installDir, "node_modules", "fauxqs", "dist", "app.js");
    const { buildApp } = await import(pathToFileURL(entry).href);
    const app = buildApp({ logger: false });
    await app.listen({ port: 0, host: HOST });
    return app.server.address().port;
  },
  async s3rver() {
    const S3rver = requireFromInstall("s3rver");
    // s3rver only knows the access key S3RVER; registering the shared test
    // key too lets one set of credentials in the env file serve every emulator.
    requireFromInstall("s3rver/lib/models/account").DUMMY_ACCOUNT.createKeyPair("test", "test");
    const { port } = await new S3rver({
      address: HOST,
      port: 0,
      silent: true,
      directory: dataDir,
    }).run();
    return port;
  },
};

// Any HTTP status proves the server parses requests; the emulators answer
// GET / with 200 (dynalite, fauxqs' /health, s3rver) or 4xx (kinesalite).
function probe(port) {
  return new Promise((resolve, reject) => {
    const req = request({ host: HOST, port, path: name === "fauxqs" ? "/health" : "/", method: "GET" }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode));
    });
    req.on("error", reject);
    req.setTimeout(5000, () => req.destroy(new Error("probe timed out after 5s")));
    req.end();
  });
}

const start = starters[name];
if (!start) {
  console.error(`serve.mjs: unknown emulator ${JSON.stringify(name)}; known: ${Object.keys(starters).join(", ")}`);
  process.exit(2);
}
try {
  const port = await start();
  const status = await probe(port);
  console.log(`READY ${port} (GET answered ${status})`);
} catch (err) {
  console.error(`serve.mjs: ${name} failed to start: ${err.stack || err}`);
  process.exit(1);
}
