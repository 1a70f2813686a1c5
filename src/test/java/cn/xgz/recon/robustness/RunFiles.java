package cn.xgz.recon.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.springframework.util.FileSystemUtils;

/** Reading what a run left behind: its folder, its summary, its data directory, its console. */
final class RunFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Console lines that only a stack trace or an unhandled exception prints. */
    private static final Pattern STACK_TRACE = Pattern.compile(
            "(?m)^\\s+at [\\w$.]+\\(|\\tat |Exception\\b|\\bjava\\.(lang|io|nio|util)\\.\\w+|\\bCaused by:|\\w+Error\\b");

    private RunFiles() {}

    static JsonNode summary(Path runDir) throws IOException {
        return JSON.readTree(runDir.resolve("run-summary.json").toFile());
    }

    /** The figures a crash must not change: per file read / loaded / rejected / rejected whole, and per rule the counts by status. */
    record Figures(Map<String, List<Object>> files, Map<String, Map<String, Long>> findings) {}

    static Figures figures(Path runDir) throws IOException {
        JsonNode s = summary(runDir);
        Map<String, List<Object>> files = new TreeMap<>();
        for (JsonNode f : s.get("files")) {
            files.put(f.get("source").asText() + "/" + f.get("file").asText(), List.of(f.get("read").asLong(),
                    f.get("loaded").asLong(), f.get("rejected").asLong(), f.get("rejectedWhole").asBoolean()));
        }
        Map<String, Map<String, Long>> findings = new TreeMap<>();
        s.get("findings").fields().forEachRemaining(rule -> {
            Map<String, Long> byStatus = new TreeMap<>();
            rule.getValue().fields().forEachRemaining(st -> byStatus.put(st.getKey(), st.getValue().asLong()));
            findings.put(rule.getKey(), byStatus);
        });
        return new Figures(files, findings);
    }

    /**
     * What the data directory's history holds for a run date, as text rows: the run (finding count) and its county
     * figures, which feed the half-year submission. Read with H2 directly, after the run's process has ended.
     */
    static List<String> history(Path dataDir, String runDate) throws SQLException {
        List<String> rows = new ArrayList<>();
        String url = "jdbc:h2:file:" + dataDir.resolve("db/xgz").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT FINDING_COUNT, REVEAL_PII FROM RECON_RUN WHERE RUN_DATE = DATE '"
                    + runDate + "'")) {
                while (rs.next()) {
                    rows.add("run findings=" + rs.getLong(1) + " revealPii=" + rs.getBoolean(2));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT f.* FROM COUNTY_FIGURES f JOIN RECON_RUN r"
                    + " ON f.JOB_INSTANCE_ID = r.JOB_INSTANCE_ID WHERE r.RUN_DATE = DATE '" + runDate + "'"
                    + " ORDER BY f.COUNTY_CODE")) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        if (!md.getColumnName(i).equalsIgnoreCase("JOB_INSTANCE_ID")) {
                            sb.append(md.getColumnName(i)).append('=').append(rs.getString(i)).append(' ');
                        }
                    }
                    rows.add(sb.toString().trim());
                }
            }
        }
        return rows;
    }

    /**
     * Files under their final names (not dot-prefixed) that are not whole: a .csv not ending in a line break, a
     * .json that does not parse, an .xlsx whose zip does not read to the end with valid checksums.
     */
    static List<String> partialFiles(Path runDir) throws IOException {
        List<String> partial = new ArrayList<>();
        if (!Files.isDirectory(runDir)) {
            return partial;
        }
        for (Path f : regularFiles(runDir)) {
            if (!hiddenPath(runDir.relativize(f).toString())) {
                partial.addAll(partialFile(runDir, f));
            }
        }
        return partial;
    }

    /** The file's path relative to {@code root} when it is not whole (see {@link #partialFiles}), else nothing. */
    static List<String> partialFile(Path root, Path f) {
        String rel = root.relativize(f).toString();
        String name = f.getFileName().toString();
        try {
            if (name.endsWith(".csv")) {
                byte[] b = Files.readAllBytes(f);
                if (b.length == 0 || b[b.length - 1] != '\n') {
                    return List.of(rel);
                }
            } else if (name.endsWith(".json")) {
                JSON.readTree(f.toFile());
            } else if (name.endsWith(".xlsx")) {
                unzippedText(f);
            } else if (name.endsWith(".sha256")) {
                String t = Files.readString(f);
                if (!t.endsWith("\n")) {
                    return List.of(rel);
                }
            }
            return List.of();
        } catch (java.nio.file.NoSuchFileException gone) {
            return List.of(); // replaced or removed since it was listed
        } catch (IOException | RuntimeException e) {
            return List.of(rel + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Whether a relative path has a dot-prefixed component (a temporary or hidden file). */
    static boolean hiddenPath(String rel) {
        return Stream.of(rel.split("/")).anyMatch(p -> p.startsWith("."));
    }

    static List<Path> regularFiles(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Like {@link #regularFiles}, for a folder another process is writing into: files that vanish mid-walk are skipped. */
    static List<Path> regularFilesIfPresent(Path root) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult visitFile(Path f, BasicFileAttributes a) {
                    if (a.isRegularFile()) {
                        files.add(f);
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path f, IOException e) {
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // the folder itself went away: nothing to see this time
        }
        return files;
    }

    /** The text of a file as a reader of it would see it: an .xlsx's XML parts unzipped, anything else as UTF-8. */
    static String text(Path f) throws IOException {
        String name = f.getFileName().toString();
        if (name.endsWith(".xlsx")) {
            return unzippedText(f);
        }
        return new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
    }

    /** Every entry of a zip, read to its end (so a truncated or corrupt entry fails its checksum). */
    static String unzippedText(Path xlsx) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                try (InputStream in = zip.getInputStream(e)) {
                    sb.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** Lines of console text that look like a stack trace or name an exception class. */
    static List<String> stackTraceLines(String console) {
        List<String> lines = new ArrayList<>();
        for (String line : console.split("\n")) {
            if (STACK_TRACE.matcher(line).find()) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** Every file and folder under {@code root} except those {@code skip} accepts, with size, time and content hash. */
    static Map<String, String> snapshot(Path root, Predicate<Path> skip) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted().toList()) {
                if (skip.test(p)) {
                    continue;
                }
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                String v = a.isDirectory() ? "dir" : a.size() + " " + a.lastModifiedTime() + " " + sha256(p);
                m.put(root.relativize(p).toString(), v);
            }
        }
        return m;
    }

    static String sha256(Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        FileSystemUtils.deleteRecursively(root);
    }
}
