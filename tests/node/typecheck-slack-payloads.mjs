// Type-checks what CoachBot sends to Slack against @slack/web-api's argument types with tsc --strict (no network).
// Input: a JSON file of [{ "name", "method", "payload" }]; method is a Web API method, or "response_url" for a
// slash command's acknowledgement or a response_url message. Writes one .ts file per payload, runs tsc once, and
// prints {"results":[{ "name", "method", "errors":[…] }]}; exits 1 when any payload has an error.
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const tools = path.dirname(fileURLToPath(import.meta.url));
const types = {
  "chat.postMessage": "ChatPostMessageArguments",
  "chat.postEphemeral": "ChatPostEphemeralArguments",
  "chat.update": "ChatUpdateArguments",
  "views.open": "ViewsOpenArguments",
  "views.publish": "ViewsPublishArguments",
  "views.update": "ViewsUpdateArguments",
  "response_url": "ResponseUrlMessage",
};
// The Web API has no type for a response_url body (https://docs.slack.dev/interactivity/handling-user-interaction):
// its fields as documented there, its blocks typed by @slack/types as chat.postMessage's are.
const responseUrlMessage = `type ResponseUrlMessage = {
  response_type?: "ephemeral" | "in_channel"; replace_original?: boolean; delete_original?: boolean;
  text?: string; blocks?: (KnownBlock | Block)[]; thread_ts?: string; mrkdwn?: boolean;
};`;

const payloads = JSON.parse(readFileSync(process.argv[2], "utf8"));
const work = mkdtempSync(path.join(tmpdir(), "coachbot-slack-types-"));
try {
  symlinkSync(path.join(tools, "node_modules"), path.join(work, "node_modules"), "dir");
  writeFileSync(path.join(work, "tsconfig.json"), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, skipLibCheck: true, target: "es2022", module: "preserve", moduleResolution: "bundler", types: [] },
    include: ["*.ts"],
  }));
  const results = payloads.map((p, i) => ({ name: p.name, method: p.method, file: `p${i}.ts`, errors: [] }));
  for (const [i, p] of payloads.entries()) {
    const type = types[p.method];
    if (!type) {
      results[i].errors.push(`no @slack/web-api type is mapped for ${p.method}: add it to typecheck-slack-payloads.mjs`);
      continue;
    }
    writeFileSync(path.join(work, results[i].file), [
      `import type { ${type === "ResponseUrlMessage" ? "Block, KnownBlock" : type} } from "${type === "ResponseUrlMessage" ? "@slack/types" : "@slack/web-api"}";`,
      type === "ResponseUrlMessage" ? responseUrlMessage : "",
      `export const payload: ${type} = ${JSON.stringify(p.payload, null, 2)};`,
      "",
    ].join("\n"));
  }

  const tsc = spawnSync(path.join(tools, "node_modules", ".bin", "tsc"), ["-p", work, "--pretty", "false"], { cwd: work, encoding: "utf8" });
  if (tsc.error) throw tsc.error;
  // tsc prints "p3.ts(12,5): error TS2322: …" and indents the lines that explain it.
  let current = null;
  for (const line of (tsc.stdout + tsc.stderr).split("\n")) {
    const diagnostic = /^(p\d+\.ts)\((\d+),(\d+)\): error (TS\d+: .*)$/.exec(line);
    if (diagnostic) {
      current = results.find(r => r.file === diagnostic[1]);
      current?.errors.push(`line ${diagnostic[2]}: ${diagnostic[4]}`);
    } else if (current && /^\s+\S/.test(line)) {
      current.errors[current.errors.length - 1] += " " + line.trim();
    } else if (line.trim() !== "") {
      current = null;
      if (!/^Found \d+ error/.test(line)) results.push({ name: "(tsc)", method: "", file: "", errors: [line] });
    }
  }

  if (tsc.status !== 0 && results.every(r => r.errors.length === 0)) {
    results.push({ name: "(tsc)", method: "", file: "", errors: [`tsc exited with ${tsc.status}`] });
  }

  console.log(JSON.stringify({ results: results.map(({ file, ...r }) => r) }));
  process.exitCode = results.some(r => r.errors.length > 0) ? 1 : 0;
} finally {
  rmSync(work, { recursive: true, force: true });
}
