package cn.xgz.recon.feedback;

import cn.xgz.recon.cli.Main;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs commands in this JVM with the console captured, and reads the CSVs they write. */
final class FeedbackRun {

    /** The secret the build gives the product (pom, surefire): the installation's signatures use it. */
    static final byte[] TEST_SECRET = "test-secret".getBytes(StandardCharsets.UTF_8);

    private FeedbackRun() {}

    record Result(int exitCode, String console) {}

    static synchronized Result execute(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code;
        try (PrintStream p = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
            System.setOut(p);
            System.setErr(p);
            code = Main.execute(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new Result(code, buf.toString(StandardCharsets.UTF_8));
    }

    /** A CSV with a header as a list of rows by column name (BOM dropped). */
    static List<Map<String, String>> csv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVReader r = new CSVReaderBuilder(new StringReader(text)).build()) {
            String[] header = r.readNext();
            String[] v;
            while ((v = r.readNext()) != null) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], i < v.length ? v[i] : "");
                }
                rows.add(row);
            }
        } catch (com.opencsv.exceptions.CsvValidationException e) {
            throw new IOException(e);
        }
        return rows;
    }

    /**
     * The import folder made last. Folders are named by the second and the SHA, so two imports in one second sort by
     * SHA: the folder's own time decides.
     */
    static Path newestImport(Path dataDir) throws IOException {
        try (var s = Files.list(dataDir.resolve("feedback"))) {
            return s.filter(p -> !p.getFileName().toString().startsWith("."))
                    .max(java.util.Comparator.comparing(FeedbackRun::modified)).orElseThrow();
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path p) {
        try {
            return Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class).creationTime();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static long importFolders(Path dataDir) throws IOException {
        if (!Files.isDirectory(dataDir.resolve("feedback"))) {
            return 0;
        }
        try (var s = Files.list(dataDir.resolve("feedback"))) {
            return s.filter(p -> !p.getFileName().toString().startsWith(".")).count();
        }
    }
}
