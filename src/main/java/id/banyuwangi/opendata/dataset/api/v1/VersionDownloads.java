package id.banyuwangi.opendata.dataset.api.v1;

import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.common.error.ProblemDetail.FieldError;
import id.banyuwangi.opendata.common.error.ProblemType;
import id.banyuwangi.opendata.common.hash.Sha256;
import id.banyuwangi.opendata.common.http.ContentCodings;
import id.banyuwangi.opendata.common.http.CsvDialect;
import id.banyuwangi.opendata.common.http.EntityTags;
import id.banyuwangi.opendata.common.http.Format;
import id.banyuwangi.opendata.common.http.Representations;
import id.banyuwangi.opendata.common.http.RowWriter;
import id.banyuwangi.opendata.dataset.catalog.TableSchema;
import id.banyuwangi.opendata.dataset.release.DatasetVersion;
import id.banyuwangi.opendata.dataset.release.VersionFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.PathPart;

/**
 * Serves the download of a version from its file ({@link VersionFiles}) with the headers of immutable content: the
 * length known from publication, a strong ETag from the version's SHA-256, {@code Accept-Ranges} and single
 * {@code Range} requests (206), so that a broken download resumes. An unsatisfiable range is a 416 problem. A client
 * that accepts gzip gets the CSV compressed, from a file compressed once (ETag of its own); ranges are always of
 * the uncompressed bytes. The CSVs in a spreadsheet dialect and the XLSX workbook are files derived once from the
 * CSV and sent the same way, each with a strong ETag of its own SHA-256.
 */
@ApplicationScoped
public class VersionDownloads {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final String LATEST = "public, max-age=60";
    private static final int BUFFER = 64 * 1024;

    private final VersionFiles files;

    public VersionDownloads(VersionFiles files) {
        this.files = files;
    }

    /** The response to a download request. */
    public Response response(DatasetVersion version, Format format, boolean bom, boolean latestAlias,
            HttpHeaders headers) {
        boolean gzip = format == Format.CSV && !bom && headers.getHeaderString("Range") == null
                && ContentCodings.acceptsGzip(headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
        long length = size(version, format) + (bom ? CsvDialect.BOM.length : 0);
        String etag = "\"" + version.key.datasetId() + "-v" + version.number() + "-" + format.parameterValue()
                + (bom ? "-bom" : "") + "-" + version.csvSha256().substring(0, 16) + (gzip ? "-gz" : "") + "\"";
        String filename = version.key.datasetId() + "-v" + version.number() + "." + format.parameterValue();
        Response.ResponseBuilder builder;
        if (EntityTags.matches(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag.substring(1,
                etag.length() - 1))) {
            builder = Response.notModified();
        } else if (gzip) {
            Path file = files.gzipFile(version, format);
            builder = Response.ok(new PathPart(file, 0, size(file)), Representations.csvMediaType())
                    .header(HttpHeaders.CONTENT_ENCODING, "gzip")
                    .header(HttpHeaders.CONTENT_LENGTH, size(file))
                    .header("Content-Disposition", Representations.attachment(filename));
        } else {
            builder = file(files.file(version, format), length, bom,
                    format == Format.CSV ? Representations.csvMediaType() : format.mediaType(), filename, headers);
        }
        return finish(builder, "bytes", etag, latestAlias);
    }

    /**
     * The CSV of a version in a spreadsheet dialect, as a file written once from the version's CSV file; the fields
     * {@code schema} types as numbers get the dialect's decimal separator. Its name holds what each column became, so
     * a schema that types a column otherwise makes another file.
     */
    public VersionFiles.DerivedFile spreadsheetFile(DatasetVersion version, TableSchema schema, CsvDialect dialect) {
        Path csv = files.file(version, Format.CSV);
        String columns = schema.columns().stream().map(f -> f.name() + ":" + column(schema, f.name()))
                .collect(Collectors.joining(","));
        String name = "v" + version.number() + "-" + version.csvSha256().substring(0, 16) + "-spreadsheet-"
                + dialect.parameterValue() + "-" + Sha256.hex(columns).substring(0, 16) + ".csv";
        return files.derivedFile(version, name, target -> {
            try (InputStream in = Files.newInputStream(csv);
                    OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), BUFFER)) {
                RowWriter.recode(in, out, dialect, column -> column(schema, column));
            }
        });
    }

    /** A version's CSV in a spreadsheet dialect, from its {@link #spreadsheetFile}. */
    public Response spreadsheet(DatasetVersion version, TableSchema schema, CsvDialect dialect, boolean latestAlias,
            HttpHeaders headers) {
        String variant = "spreadsheet-" + dialect.parameterValue();
        return derived(version, spreadsheetFile(version, schema, dialect), variant, "-" + variant + ".csv",
                Representations.csvMediaType(), latestAlias, headers);
    }

    /** A version's XLSX workbook from its file ({@link VersionWorkbooks}). */
    public Response workbook(DatasetVersion version, VersionFiles.DerivedFile workbook, boolean latestAlias,
            HttpHeaders headers) {
        return derived(version, workbook, Format.XLSX_VALUE, ".xlsx", Format.XLSX, latestAlias, headers);
    }

    /**
     * A derived file of a version, as the other downloads are sent: its length, ranges, and a strong ETag of the
     * variant and the file's own SHA-256; the file name is {@code <dataset>-v<n>} followed by {@code suffix}.
     */
    private static Response derived(DatasetVersion version, VersionFiles.DerivedFile file, String variant,
            String suffix, String type, boolean latestAlias, HttpHeaders headers) {
        String name = version.key.datasetId() + "-v" + version.number();
        String tag = name + "-" + variant + "-" + file.sha256().substring(0, 16);
        Response.ResponseBuilder builder = EntityTags.matches(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)
                ? Response.notModified() : file(file.path(), file.bytes(), false, type, name + suffix, headers);
        return finish(builder, "bytes", "\"" + tag + "\"", latestAlias);
    }

    /**
     * The whole file, or the byte range the request asks for (206), {@code length} bytes long with the byte order
     * mark when {@code bom} (then written before the file's bytes), sent as it is.
     */
    private static Response.ResponseBuilder file(Path file, long length, boolean bom, String type, String filename,
            HttpHeaders headers) {
        long[] range = range(headers.getHeaderString("Range"), length);
        long start = range == null ? 0 : range[0];
        long end = range == null ? length - 1 : range[1];
        Object body = bom ? (StreamingOutput) out -> {
            RangeStream slice = new RangeStream(out, start, end);
            try {
                slice.write(CsvDialect.BOM);
                Files.copy(file, slice);
            } catch (RangeStream.Complete done) {
                out.flush();
            }
        } : new PathPart(file, start, end - start + 1);
        return (range == null ? Response.ok(body, type) : Response.status(206).entity(body).type(type)
                .header("Content-Range", "bytes " + start + "-" + end + "/" + length))
                .header(HttpHeaders.CONTENT_LENGTH, end - start + 1)
                .header("Content-Disposition", Representations.attachment(filename));
    }

    /** The headers every download has: whether it takes ranges, its ETag, and how long it may be cached. */
    private static Response finish(Response.ResponseBuilder builder, String acceptRanges, String etag,
            boolean latestAlias) {
        return builder.header("Accept-Ranges", acceptRanges)
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, latestAlias ? LATEST : IMMUTABLE)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT + ", " + HttpHeaders.ACCEPT_ENCODING)
                .build();
    }

    /**
     * What a column holds for a spreadsheet: numbers for number fields; text for codes (a field named {@code code}
     * or {@code *_code}, part of the primary key, or with a pattern) and for every other type; a text field without
     * such a shape may hold numbers among its values (the IDM score next to the IDM status).
     */
    private static CsvDialect.Column column(TableSchema schema, String name) {
        TableSchema.Field field = schema.column(name);
        if (field != null && field.number()) {
            return CsvDialect.Column.NUMBER;
        }
        if (field == null || !field.type().equals("string")) {
            return CsvDialect.Column.TEXT;
        }
        boolean code = name.equals("code") || name.endsWith("_code") || schema.primaryKey().contains(name)
                || field.constraints() != null && field.constraints().pattern() != null;
        return code ? CsvDialect.Column.TEXT : CsvDialect.Column.MIXED;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Size of a download format; 400 when the dataset has no geometry for GeoJSON. */
    static long size(DatasetVersion version, Format format) {
        Long bytes = version.bytes(format);
        if (bytes == null) {
            throw ApiException.invalidParameter("format", "geojson is offered only for datasets with geometry;"
                    + " this one has none");
        }
        return bytes;
    }

    /** The inclusive byte range asked for, null for the whole content; 416 when it cannot be satisfied. */
    private static long[] range(String header, long length) {
        if (header == null) {
            return null;
        }
        Matcher m = RANGE.matcher(header.trim());
        if (!m.matches() || m.group(1).isEmpty() && m.group(2).isEmpty()) {
            throw unsatisfiable(header, length);
        }
        long start;
        long end;
        try {
            if (m.group(1).isEmpty()) {
                start = Math.max(0, length - Long.parseLong(m.group(2)));
                end = length - 1;
            } else {
                start = Long.parseLong(m.group(1));
                end = m.group(2).isEmpty() ? length - 1 : Math.min(Long.parseLong(m.group(2)), length - 1);
            }
        } catch (NumberFormatException e) {
            throw unsatisfiable(header, length);
        }
        if (start > end || start >= length) {
            throw unsatisfiable(header, length);
        }
        return new long[] {start, end};
    }

    /** A 416: the range asked for is outside the content. */
    private static ApiException unsatisfiable(String header, long length) {
        String detail = "Range '" + header + "' cannot be served: the content has " + length
                + " bytes; ask for one range such as bytes=0-1023";
        return new ApiException(ProblemType.RANGE_NOT_SATISFIABLE, detail, List.of(new FieldError("Range", detail)),
                Map.of("Content-Range", "bytes */" + length));
    }

    /** Passes on only the bytes from {@code start} to {@code end} (inclusive), then stops the writer. */
    static final class RangeStream extends OutputStream {

        /** Thrown once the range is complete, to stop producing the rest. */
        static final class Complete extends RuntimeException {
            Complete() {
                super(null, null, false, false);
            }
        }

        private final OutputStream out;
        private final long start;
        private final long end;
        private long position;

        RangeStream(OutputStream out, long start, long end) {
            this.out = out;
            this.start = start;
            this.end = end;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            long from = Math.max(position, start);
            long to = Math.min(position + len - 1, end);
            if (from <= to) {
                out.write(b, off + (int) (from - position), (int) (to - from + 1));
            }
            position += len;
            if (position > end) {
                throw new Complete();
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }
}
