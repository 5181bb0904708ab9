package id.banyuwangi.opendata.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed README's block quotes, read as paragraphs and shown with their bold and code spans, escaped. */
class LicenceStatementsTest {

    @Test
    void readsEveryParagraphOfEveryBlockQuote() {
        String markdown = """
                # A seed

                > **Attribution (ODbL 1.0).** `crosswalk.csv` is derived
                > from BPS.
                >
                > A second paragraph.

                Text between.
                > Another quote.
                """;
        assertEquals(List.of("**Attribution (ODbL 1.0).** `crosswalk.csv` is derived from BPS.",
                "A second paragraph.", "Another quote."), LicenceStatements.quotes(markdown));
    }

    @Test
    void showsBoldAndCodeAndEscapesTheRest() {
        assertEquals("<strong>Licence</strong> of <code>a&lt;b&gt;.csv</code> &amp; &quot;quoted&quot;",
                LicenceStatements.html("**Licence** of `a<b>.csv` & \"quoted\""));
    }
}
