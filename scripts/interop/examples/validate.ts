// Validate an ecms document from TypeScript with ajv's Draft 2020-12 entry point.
//   npx tsc -p examples && node examples/dist/validate.js docs/schema/document.json DOCUMENT.json
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { readFileSync } from "node:fs";

const [schemaPath, documentPath] = process.argv.slice(2);
const schema = JSON.parse(readFileSync(schemaPath, "utf8"));

const ajv = new Ajv2020(); // default options: strict mode on
addFormats(ajv); // "date", "uuid", …: ajv asserts formats only with ajv-formats
const validate = ajv.compile(schema);

const document: unknown = JSON.parse(readFileSync(documentPath, "utf8"));
if (validate(document)) {
  console.log(`${documentPath}: valid`);
} else {
  for (const e of validate.errors ?? []) {
    console.log(`${documentPath}: ${e.instancePath || "/"} ${e.message}`);
  }
  process.exitCode = 1;
}
