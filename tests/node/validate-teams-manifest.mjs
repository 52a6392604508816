// Validates a Teams app manifest against the official JSON schema of its manifestVersion, as shipped in
// npm @microsoft/app-manifest (read from disk: no network). Prints the errors as JSON; exits 1 when there are any.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import Ajv from "ajv";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";

const require = createRequire(import.meta.url);
const manifest = JSON.parse(readFileSync(process.argv[2], "utf8"));
const schemaPath = path.join(path.dirname(require.resolve("@microsoft/app-manifest/package.json")),
  "build", "json-schemas", "teams", `v${manifest.manifestVersion}`, "MicrosoftTeams.schema.json");
// The published schema has a "\a" in one regex that JavaScript rejects; Microsoft's own validator rewrites it the same way.
const schema = JSON.parse(readFileSync(schemaPath, "utf8").replace(/\\a/g, "\\x07"));
const ajv = schema.$schema?.includes("draft-04")
  ? new AjvDraft04({ allErrors: true, strictTypes: false })
  : new Ajv({ allErrors: true, strictTypes: false });
addFormats(ajv, ["uri", "email", "regex"]);
const validate = ajv.compile(schema);
const errors = validate(manifest) ? [] : validate.errors.map(e => `${e.instancePath} ${e.message ?? ""} ${JSON.stringify(e.params)}`);
console.log(JSON.stringify({ schema: `v${manifest.manifestVersion}`, errors }));
process.exit(errors.length === 0 ? 0 : 1);
