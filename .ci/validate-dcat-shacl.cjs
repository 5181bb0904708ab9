// Validates the DCAT-AP catalog the test suite wrote (target/harvest/catalog.jsonld) with the official DCAT-AP 3.0.1
// SHACL shapes, each shape file on its own as the EU validator's profiles use them. Prints the results per file and
// severity, and each Violation and Warning (focus node, path, message). Exits non-zero on any Violation of the Base,
// Range and Codelists files, except the Codelists shape of spdx:algorithm, whose pattern expects https://spdx.org
// where the SPDX namespace (and so every SPDX algorithm IRI) is http://spdx.org/rdf/terms#.
//
// The shapes are read from $DCAT_AP_SHACL_DIR, by default from shared/dcat-ap-shacl beside the repository
// (../shared relative to its root), or from the workspace's /work/shared when the checkout is elsewhere (a clone
// made for CI).
// Usage: node .ci/validate-dcat-shacl.cjs [catalog.jsonld, by default target/harvest/catalog.jsonld]
const fs = require('fs');
const path = require('path');
const jsonld = require('jsonld');
const N3 = require('n3');

const root = path.resolve(__dirname, '..');
const candidates = process.env.DCAT_AP_SHACL_DIR ? [path.resolve(root, process.env.DCAT_AP_SHACL_DIR)]
  : [path.resolve(root, '../shared/dcat-ap-shacl'), '/work/shared/dcat-ap-shacl'];
const shapesDir = candidates.find((dir) => fs.existsSync(dir)) || candidates[0];
const catalogFile = process.argv[2] || path.join(root, 'target/harvest/catalog.jsonld');

// Which files may hold no Violation; the rest (Recommended, deprecated URIs) are reported, not enforced.
const FILES = [
  { file: '3.0.1_html_shacl_shapes.ttl', profile: 'Base', enforced: true },
  { file: '3.0.1_shacl_dcat-ap-SHACL.ttl', profile: 'Base (individual constraints)', enforced: true },
  { file: '3.0.1_html_shacl_range.ttl', profile: 'Range', enforced: true },
  { file: '3.0.1_shacl_ranges.ttl', profile: 'Range (individual constraints)', enforced: true },
  { file: '3.0.1_html_shacl_mdr-vocabularies.shape.ttl', profile: 'Codelists', enforced: true },
  { file: '3.0.1_html_shacl_shapes_recommended.ttl', profile: 'Recommended', enforced: false },
  { file: '3.0.1_html_shacl_deprecateduris.ttl', profile: 'Deprecated URIs', enforced: false },
];
const SPDX = 'http://spdx.org/rdf/terms#';
const SH = 'http://www.w3.org/ns/shacl#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

function parseTurtle(file) {
  return new N3.Parser({ baseIRI: `file://${file}` }).parse(fs.readFileSync(file, 'utf8'));
}

// The one known defect of the Codelists shapes: spdx:algorithm must be a spdx:ChecksumAlgorithm matching
// ^https://spdx.org/rdf/terms, which no SPDX IRI does. Excused only where the value is such a typed SPDX IRI, so
// that the pattern is all that fails.
function isSpdxPatternCase(result, data) {
  const value = result.value || (result.path && firstObject(data, result.focusNode, result.path));
  return result.path?.value === `${SPDX}algorithm`
    && result.sourceConstraintComponent?.value === `${SH}NodeConstraintComponent`
    && value?.termType === 'NamedNode' && value.value.startsWith(SPDX)
    && data.has(N3.DataFactory.quad(value, N3.DataFactory.namedNode(RDF_TYPE),
      N3.DataFactory.namedNode(`${SPDX}ChecksumAlgorithm`)));
}

function firstObject(data, subject, predicate) {
  return data.getObjects(subject, predicate, null)[0];
}

function describe(result) {
  const message = result.message.map((m) => m.value).join('; ');
  return `${result.focusNode?.value} ${result.path?.value || '(node)'} ${result.value?.value ?? ''}`.trim()
    + ` [${result.sourceConstraintComponent?.value.replace(SH, 'sh:')}]${message ? `: ${message}` : ''}`;
}

async function main() {
  if (!fs.existsSync(shapesDir)) {
    throw new Error(`the DCAT-AP 3.0.1 SHACL shapes are not at ${candidates.join(' nor ')}: set DCAT_AP_SHACL_DIR to the folder`
      + ' that holds them (a copy of SEMICeu/DCAT-AP releases/3.0.1, see its SOURCE.md)');
  }
  if (!fs.existsSync(catalogFile)) {
    throw new Error(`no catalog at ${catalogFile}: the tests write it (HarvestDocumentsTest, BojonegoroSeedTest)`);
  }
  const { default: SHACLValidator } = await import('rdf-validate-shacl');
  const catalog = JSON.parse(fs.readFileSync(catalogFile, 'utf8'));
  const nquads = await jsonld.toRDF(catalog, { format: 'application/n-quads', safe: true });
  const data = new N3.Store(new N3.Parser({ format: 'N-Quads' }).parse(nquads));
  console.log(`${catalogFile}: ${data.size} triples; shapes from ${shapesDir}`);

  let failures = 0;
  for (const { file, profile, enforced } of FILES) {
    const shapesFile = path.join(shapesDir, file);
    if (!fs.existsSync(shapesFile)) {
      throw new Error(`shape file missing: ${shapesFile}`);
    }
    // Only the deprecated-URIs file imports a graph (the ADMS status vocabulary, for adms:status, which the catalog
    // does not use); offline it is not loaded.
    const validator = new SHACLValidator(parseTurtle(shapesFile), { importGraph: () => new N3.Store() });
    const report = await validator.validate(data);
    const counts = {};
    const lines = [];
    for (const result of report.results) {
      const severity = result.severity.value.replace(SH, '');
      const excused = isSpdxPatternCase(result, data);
      const key = excused ? `${severity} (spdx:algorithm pattern, excused)` : severity;
      counts[key] = (counts[key] || 0) + 1;
      if (!excused) {
        lines.push(`  ${severity}: ${describe(result)}`);
      }
      if (enforced && severity === 'Violation' && !excused) {
        failures++;
      }
    }
    const summary = Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ') || 'conforms';
    console.log(`${profile} (${file}): ${summary}`);
    lines.forEach((line) => console.log(line));
  }
  if (failures > 0) {
    throw new Error(`${failures} SHACL violations of DCAT-AP 3.0.1 in ${catalogFile}`);
  }
  console.log(`${path.basename(catalogFile)}: 0 violations of the DCAT-AP 3.0.1 Base, Range and Codelists shapes`);
}

main().catch((e) => {
  console.error(e.message || e);
  process.exit(1);
});
