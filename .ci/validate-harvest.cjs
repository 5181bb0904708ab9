// Validates the documents harvesters read, as the test suite wrote them to target/harvest/:
// every *.datapackage.json with the Frictionless `datapackage` library, and catalog.jsonld by expanding it with
// the `jsonld` library. Exits non-zero on the first invalid document.
const fs = require('fs');
const path = require('path');
const { Package } = require('datapackage');
const jsonld = require('jsonld');

const dir = process.argv[2] || 'target/harvest';

async function main() {
  const files = fs.readdirSync(dir);
  const packages = files.filter((f) => f.endsWith('.datapackage.json'));
  if (packages.length === 0) {
    throw new Error(`no data packages in ${dir}`);
  }
  for (const file of packages) {
    const descriptor = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    const pkg = await Package.load(descriptor, { strict: false });
    if (!pkg.valid) {
      throw new Error(`${file} is not a valid data package: ${pkg.errors.map((e) => e.message).join('; ')}`);
    }
    console.log(`${file}: valid data package, ${pkg.resources.length} resources`);
  }
  const catalog = JSON.parse(fs.readFileSync(path.join(dir, 'catalog.jsonld'), 'utf8'));
  const expanded = await jsonld.expand(catalog, { safe: true });
  const datasets = expanded[0]['http://www.w3.org/ns/dcat#dataset'] || [];
  if (datasets.length === 0) {
    throw new Error('catalog.jsonld expands to a catalog without datasets');
  }
  console.log(`catalog.jsonld: expands to a DCAT catalog of ${datasets.length} datasets`);
}

main().catch((e) => {
  console.error(e.message || e);
  process.exit(1);
});
