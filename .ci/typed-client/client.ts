// A small program written against the client that openapi-typescript generates from the committed
// openapi/openapi.yaml and from the villages dataset's own document (.ci/run writes them to target/typed-client/
// and compiles this file with `tsc --strict`). It compiles only if the contract is precise: numbers and booleans where the service
// takes them, enumerations for the closed sets, and every key that is always sent declared required,
// so that none of the reads below needs a `?.` or a `!`.
import createClient from "openapi-fetch";
import type { components, paths } from "../../target/typed-client/api";
import type { paths as VillageRecords } from "../../target/typed-client/villages";

type Village = components["schemas"]["Village"];

const baseUrl = "http://localhost:8080";
const api = createClient<paths, "application/json">({ baseUrl });
const csv = createClient<paths, "text/csv">({ baseUrl });
const bibtex = createClient<paths, "application/x-bibtex">({ baseUrl });
const villageRecords = createClient<VillageRecords, "application/json">({ baseUrl });

export async function tour(): Promise<string[]> {
  const lines: string[] = [];

  // 1. listVillages: an integer limit, an enumerated type and format.
  const villages = await api.GET("/api/v1/villages", {
    params: { query: { limit: 10, type: "kelurahan", format: "json", sort: "name" } },
  });
  if (villages.data) {
    const first: Village | undefined = villages.data.items[0];
    if (first) {
      const where: string = `${first.name} (${first.code}), kecamatan ${first.district_name}`;
      const latitude: number | null = first.lat;
      lines.push(where + (latitude === null ? "" : ` at ${latitude.toFixed(4)}`));
    }
    const next: string | null = villages.data.paging.next_cursor;
    lines.push(`next page: ${next ?? "none"}, limit ${villages.data.paging.limit}`);
  }

  // 2. getVillage.
  const village = await api.GET("/api/v1/villages/{code}", { params: { path: { code: "35.10.03.2002" } } });
  if (village.data) {
    const formerNames: string[] = village.data.former_names.map((f) => f.name);
    lines.push(`${village.data.name}, formerly ${formerNames.join(", ")}`);
  }

  // 3. listDistricts.
  const districts = await api.GET("/api/v1/districts", { params: { query: { limit: 25 } } });
  if (districts.data) {
    const villageCount: number = districts.data.items.reduce((sum, d) => sum + d.village_count, 0);
    lines.push(`${districts.data.items.length} kecamatan, ${villageCount} villages`);
  }

  // 4. getRegency.
  const regency = await api.GET("/api/v1/regency");
  if (regency.data) {
    lines.push(`${regency.data.name}: ${regency.data.district_count} kecamatan`);
  }

  // 5. listObservations: a boolean `latest`, an enumerated level and status.
  const observations = await api.GET("/api/v1/observations", {
    params: { query: { indicator: ["idm_score"], level: "village", latest: true, status: "official", limit: 5 } },
  });
  if (observations.data) {
    for (const o of observations.data.items) {
      const value: number | string | null = o.value;
      lines.push(`${o.indicator_code} ${o.area_code} ${o.period}: ${String(value)} (${o.status})`);
    }
  }

  // 6. getIndicator.
  const indicator = await api.GET("/api/v1/indicators/{code}", { params: { path: { code: "idm_score" } } });
  if (indicator.data) {
    lines.push(`${indicator.data.code}: ${indicator.data.name_en}`);
  }

  // 7. getIndicatorSummary: an enumerated grouping.
  const summary = await api.GET("/api/v1/indicators/{code}/summary", {
    params: { path: { code: "idm_score" }, query: { by: "district", period: "2024" } },
  });
  if (summary.data) {
    lines.push(`${summary.data.groups.length} groups in ${summary.data.period}`);
  }

  // 8. listDatasets and 9. listDatasetVersions.
  const datasets = await api.GET("/api/v1/datasets", { params: { query: { limit: 50 } } });
  if (datasets.data) {
    for (const d of datasets.data.items) {
      const latest: number | null = d.latest_version;
      lines.push(`${d.id}: ${d.title_en}, ${d.license.id}, latest version ${latest ?? "none"}`);
    }
  }
  const versions = await api.GET("/api/v1/datasets/{id}/versions", { params: { path: { id: "villages" } } });
  if (versions.data) {
    for (const v of versions.data.items) {
      const rows: number = v.row_count;
      lines.push(`villages v${v.version}: ${rows} rows, published ${v.published_at}`);
    }
  }

  // 10. downloadDatasetVersion: a boolean `bom`; and 11. getDatasetCitation with an enumerated style.
  const download = await csv.GET("/api/v1/datasets/{id}/versions/{version}/download", {
    params: { path: { id: "villages", version: "2" }, query: { format: "csv", bom: true } },
    parseAs: "text",
  });
  if (download.data) {
    lines.push(`CSV of ${download.data.length} characters`);
  }
  const citation = await bibtex.GET("/api/v1/datasets/{id}/versions/{version}/citation", {
    params: { path: { id: "villages", version: "latest" }, query: { style: "bibtex" } },
    parseAs: "text",
  });
  if (citation.data) {
    lines.push(citation.data);
  }

  // 12. CKAN package_search: integer rows and start.
  const ckan = await api.GET("/api/3/action/package_search", { params: { query: { rows: 5, start: 0 } } });
  lines.push(`CKAN answered ${ckan.response.status}`);

  // 13. The villages dataset's own document (GET /api/v1/datasets/villages/openapi.json): a typed filter per field.
  const kelurahan = await villageRecords.GET("/api/v1/datasets/villages/versions/{version}/records", {
    params: {
      path: { version: "latest" },
      query: { type: ["kelurahan"], polygon_area_km2_min: 5, sort: "-name", fields: ["code", "name", "polygon_area_km2"] },
    },
  });
  if (kelurahan.data) {
    for (const record of kelurahan.data.items) {
      const area: number | null | undefined = record.polygon_area_km2;
      lines.push(`${record.code ?? "?"}: ${area ?? "no"} km²`);
    }
  }
  return lines;
}
