package id.banyuwangi.opendata.common.error;

import java.util.function.Function;

/** Parses request parameters into typed values, turning a parse failure into a 400 that names the parameter. */
public final class Parameters {

    private Parameters() {
    }

    /** Parses {@code true} or {@code false}; absent is false, anything else a 400 naming the parameter. */
    public static boolean flag(String parameter, String value) {
        return Boolean.TRUE.equals(parse(parameter, value, v -> {
            if (!v.equals("true") && !v.equals("false")) {
                throw new IllegalArgumentException("must be true or false");
            }
            return Boolean.valueOf(v);
        }));
    }

    /**
     * Parses {@code value} with {@code parser}, or returns null when the parameter is absent. The parser signals a
     * malformed value with an {@link IllegalArgumentException} whose message says what a valid value looks like.
     */
    public static <T> T parse(String parameter, String value, Function<String, T> parser) {
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidParameter(parameter, e.getMessage());
        }
    }
}
