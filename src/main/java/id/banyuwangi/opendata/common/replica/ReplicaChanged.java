package id.banyuwangi.opendata.common.replica;

/**
 * Another replica may have changed the data: what this replica holds in memory (rendered responses, the region
 * directory) must be read anew.
 *
 * @param everything true when another replica announced a write; false when Redis does not answer and only what can
 *                   change (not the numbered versions) has outlived the fallback TTL
 */
public record ReplicaChanged(boolean everything) {
}
