package id.banyuwangi.opendata.region.api.v1;

import id.banyuwangi.opendata.region.FormerName;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A name a village carried under an earlier decree. */
@Schema(name = "FormerName")
public record FormerNameDto(
        @Schema(description = "The earlier name.", examples = "Sumbersari") String name,
        @Schema(description = "The decree that used it.", examples = "Kepmendagri 050-145/2022") String decree) {

    public static FormerNameDto from(FormerName name) {
        return new FormerNameDto(name.name, name.decree);
    }
}
