// Validates a Teams app manifest against the official schema that @microsoft/app-manifest ships.
// Usage: node validate-manifest.mjs <manifest.json>; prints "valid" or the schema errors, exit 1 on errors.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const Ajv = require("ajv-draft-04");
const addFormats = require("ajv-formats");

const manifest = JSON.parse(readFileSync(process.argv[2], "utf8"));
const schemaPath = require.resolve(
  `@microsoft/app-manifest/build/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
if (validate(manifest)) {
  console.log(`valid against Teams manifest schema v${manifest.manifestVersion}`);
} else {
  for (const error of validate.errors) console.log(`${error.instancePath || "/"} ${error.message}`);
  process.exit(1);
}
