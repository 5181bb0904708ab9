package id.banyuwangi.opendata.dataset.release;

/**
 * A reference to a version in a URL: a number, or {@code latest}.
 *
 * @param latest whether it is the alias {@code latest}
 * @param number the version number, when not {@code latest}
 */
public record VersionRef(boolean latest, int number) {

    /** What {@link #parse} takes, as a regular expression (for API descriptions). */
    public static final String PATTERN = "^([1-9][0-9]*|latest)$";

    /** Parses {@code latest} or a positive whole number; throws {@link IllegalArgumentException} otherwise. */
    public static VersionRef parse(String text) {
        if ("latest".equals(text)) {
            return new VersionRef(true, 0);
        }
        try {
            int number = Integer.parseInt(text);
            if (number >= 1) {
                return new VersionRef(false, number);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("must be a version number (1, 2, ...) or latest");
    }
}
