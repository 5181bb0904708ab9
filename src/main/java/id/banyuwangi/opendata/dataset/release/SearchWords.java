package id.banyuwangi.opendata.dataset.release;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a text as {@code q} searches them: runs of letters and digits, lowercase. A record's search text is
 * its words separated by spaces, and a query matches a record when each of its words starts a word of the record.
 * Punctuation never reaches a query, so no value can change what a search means.
 */
final class SearchWords {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private SearchWords() {
    }

    /** The words of {@code text}, in order. */
    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
