// Generates one TypeScript module per committed OpenAPI spec: docs/openapi/<service>.yaml -> generated/<service>.ts
import { readdirSync, mkdirSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const here = dirname(fileURLToPath(import.meta.url));
const specs = join(here, "..", "..", "docs", "openapi");
const out = join(here, "generated");
mkdirSync(out, { recursive: true });

const files = readdirSync(specs).filter((f) => f.endsWith(".yaml"));
if (files.length === 0) {
  throw new Error(`no OpenAPI specs in ${specs}`);
}
for (const file of files) {
  const ast = await openapiTS(pathToFileURL(join(specs, file)));
  const target = join(out, file.replace(/\.yaml$/, ".ts"));
  writeFileSync(target, astToString(ast));
  console.log(`${file} -> ${target}`);
}
