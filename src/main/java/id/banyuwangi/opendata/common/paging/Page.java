package id.banyuwangi.opendata.common.paging;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON envelope of every list: its items and the paging metadata.
 *
 * @param <T> the item type
 */
public record Page<T>(List<T> items, Paging paging) {

    /** Paging metadata of a list response. */
    @Schema(name = "Paging")
    public record Paging(
            @Schema(description = "Number of items asked for (the page holds at most this many).", examples = "100")
            int limit,
            @Schema(description = "Opaque cursor of the next page; null on the last page.", nullable = true)
            String nextCursor,
            @Schema(description = "URL of the next page (also in the Link header); null on the last page.",
                    nullable = true)
            String next,
            @Schema(description = "URL of this page.")
            String self) {
    }
}
