package id.banyuwangi.opendata.source.api.v1;

import id.banyuwangi.opendata.common.paging.Page;
import id.banyuwangi.opendata.source.Source;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An entry of the source register, as the API publishes it. */
@Schema(name = "Source", description = "Where a figure comes from and under which licence.")
public record SourceDto(
        @Schema(description = "Identifier, as observations and services name it.",
                examples = "KEMENDESA_IDM2024_KRISTONOVA") String id,
        @Schema(description = "What the source is.") String description,
        @Schema(description = "Original publisher.", nullable = true) String publisher,
        @Schema(description = "Repository or web site it was taken from.", nullable = true) String repositoryOrSite,
        @Schema(description = "Path in the repository, or URL.", nullable = true) String pathOrUrl,
        @Schema(description = "Commit or version.", nullable = true) String version,
        @Schema(description = "Licence as stated by the source.", nullable = true) String licence,
        @Schema(description = "How authoritative the source is.",
                enumeration = {"official", "secondary", "press_reported", "synthetic"}) String status,
        @Schema(description = "Links.") Links links) {

    /** Example of one source in JSON. */
    public static final String EXAMPLE = """
            {"id":"KEMENDESA_IDM2024_KRISTONOVA","description":"Indeks Desa Membangun 2024","publisher":\
            "Kementerian Desa, PDTT",\
            "repository_or_site":"github:kristonova/Visualisasi-Indeks-Desa-Membangun--IDM--2024",\
            "path_or_url":"data/idm/prov/35.json","version":"c2aa4b0bd0839635390132b3b3bed52e57a4eb0f",\
            "licence":"MIT (repository)","status":"official",\
            "links":{"self":"https://example.org/api/v1/sources/KEMENDESA_IDM2024_KRISTONOVA"}}""";

    /** Links of a source. */
    @Schema(name = "SourceLinks")
    public record Links(@Schema(description = "This source.") String self) {
    }

    /** A page of sources (the shape of the JSON list response). */
    @Schema(name = "SourcePage")
    public record SourcePage(List<SourceDto> items, Page.Paging paging) {
    }

    /** The public representation of a source; {@code baseUri} ends in a slash. */
    public static SourceDto from(Source s, String baseUri) {
        return new SourceDto(s.id, s.description, s.publisher, s.repositoryOrSite, s.pathOrUrl, s.version, s.licence,
                s.status.apiValue(), new Links(baseUri + "api/v1/sources/" + s.id));
    }
}
