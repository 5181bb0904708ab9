package id.banyuwangi.opendata.portal;

import id.banyuwangi.opendata.common.seed.SeedFiles;
import io.quarkus.qute.RawString;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The licence and attribution statements of the seed, word for word: the block quotes of its folder's
 * {@code README.md} (where a seed states what ODbL and CC BY-SA require of those who reuse its data). The pages
 * show them as they are written, with the README's bold and code spans.
 */
@ApplicationScoped
class LicenceStatements {

    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    private final List<RawString> statements;

    LicenceStatements(SeedFiles seed) {
        this.statements = seed.text("README.md").map(LicenceStatements::quotes).orElse(List.of()).stream()
                .map(LicenceStatements::html).map(RawString::new).toList();
    }

    /** The statements as HTML paragraphs' content. */
    List<RawString> statements() {
        return statements;
    }

    /** The paragraphs of a Markdown text's block quotes, each as one line of its Markdown. */
    static List<String> quotes(String markdown) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : markdown.split("\\R")) {
            boolean quoted = line.startsWith(">");
            String text = quoted ? line.substring(1).strip() : "";
            if (text.isEmpty()) {
                if (current.length() > 0) {
                    paragraphs.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(current.length() > 0 ? " " : "").append(text);
            }
        }
        if (current.length() > 0) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }

    /** One paragraph of Markdown as HTML: escaped, with its {@code **bold**} and {@code `code`} spans. */
    static String html(String paragraph) {
        String escaped = paragraph.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
        String bold = BOLD.matcher(escaped).replaceAll("<strong>$1</strong>");
        return CODE.matcher(bold).replaceAll(m -> "<code>" + Matcher.quoteReplacement(m.group(1)) + "</code>");
    }
}
