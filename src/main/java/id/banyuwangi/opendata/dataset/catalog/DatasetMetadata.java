package id.banyuwangi.opendata.dataset.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What describes a dataset, as its publisher writes it (in the seed catalog, or in the body of
 * {@code POST /api/v1/datasets} and, as a JSON merge patch, {@code PATCH}): DCAT-AP metadata and the Table Schema.
 *
 * @param organization the publishing organization's id
 * @param tableSchema  the Frictionless Table Schema of the records
 */
@Schema(name = "DatasetInput", description = "The description of a dataset, as a publisher writes it.")
public record DatasetMetadata(
        @Schema(description = "Stable slug: lower-case letters, digits and hyphens.", examples = "pasar-desa")
        String id,
        @Schema(description = "Id of the publishing organization.", examples = "dpmd-banyuwangi") String organization,
        @Schema(description = "Title in Indonesian.") String titleId,
        @Schema(description = "Title in English.") String titleEn,
        @Schema(description = "Description in Indonesian.") String descriptionId,
        @Schema(description = "Description in English.") String descriptionEn,
        String contactName,
        @Schema(nullable = true) String contactUrl,
        @Schema(description = "SPDX identifier.", examples = "CC-BY-4.0") String licenseId,
        String licenseTitle,
        @Schema(nullable = true, description = "URL of the licence; null where there is no licence document, as when"
                + " the sources state no licence (license_id other-at, the attribution says what they state).")
        String licenseUrl,
        @Schema(nullable = true) String attribution,
        @Schema(description = "Ids of the source register.") List<String> sources,
        List<String> keywords,
        @Schema(description = "EU data themes in lower case (econ, regi, soci, ...).") List<String> themes,
        @Schema(description = "Kemendagri codes of the areas covered.") List<String> spatial,
        @Schema(nullable = true) LocalDate temporalStart,
        @Schema(nullable = true) LocalDate temporalEnd,
        @Schema(enumeration = {"annual", "semiannual", "monthly", "irregular"}) String updateFrequency,
        @Schema(implementation = TableSchema.class, description = "Frictionless Table Schema: fields (name, type,"
                + " title, description, description_id, unit, constraints), primaryKey, and foreignKeys to the"
                + " region register or to the key of another dataset.")
        JsonNode tableSchema) {
}
