package cn.xgz.recon.match;

import cn.xgz.recon.acceptance.AcceptanceSets;
import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the public acceptance sets ({@link AcceptanceSets}) for the resolution tests. */
final class AcceptanceData {

    private AcceptanceData() {}

    /** One row of expected-resolution.csv. */
    record Expected(String kind, String nameText, String usccGiven, String expectedUscc, MatchMethod method, String variant) {
        NameQuery query() {
            return new NameQuery(nameText, usccGiven);
        }
    }

    static Path set(String name) {
        return AcceptanceSets.set(name);
    }

    static List<Expected> expected(Path set) {
        List<Expected> out = new ArrayList<>();
        for (Row row : read(set.resolve("expected/expected-resolution.csv"), StandardCharsets.UTF_8)) {
            out.add(new Expected(
                    row.get("kind"),
                    row.get("name_text"),
                    blankToNull(row.get("uscc_given")),
                    blankToNull(row.get("expected_uscc")),
                    MatchMethod.valueOf(row.get("expected_method")),
                    row.get("variant")));
        }
        return out;
    }

    /** The registrations of the basic set: one clean UTF-8 file. */
    static List<RegisteredName> basicRegistrations() {
        return registrations(set("basic").resolve("input/registrations.csv"), StandardCharsets.UTF_8, Set.of());
    }

    /**
     * The registrations of the messy set: two files in different encodings, without the rows the expected rejects
     * list (bad rows and later duplicates) and without blank rows.
     */
    static List<RegisteredName> messyRegistrations() {
        Path set = set("messy");
        Set<String> rejected = new HashSet<>();
        for (Row row : read(set.resolve("expected/expected-rejects.csv"), StandardCharsets.UTF_8)) {
            if (row.get("source").equals("registrations")) {
                rejected.add(row.get("file") + "#" + row.get("row"));
            }
        }
        List<RegisteredName> out = new ArrayList<>();
        out.addAll(registrations(set.resolve("input/registrations-1.csv"), StandardCharsets.UTF_8, rejected));
        out.addAll(registrations(set.resolve("input/registrations-2.csv"), Charset.forName("GB18030"), rejected));
        return out;
    }

    private static List<RegisteredName> registrations(Path file, Charset charset, Set<String> rejected) {
        List<RegisteredName> out = new ArrayList<>();
        String fileName = file.getFileName().toString();
        for (Row row : read(file, charset)) {
            if (row.blank() || rejected.contains(fileName + "#" + row.line())) {
                continue;
            }
            String uscc = tidy(row.get("统一社会信用代码")).toUpperCase(java.util.Locale.ROOT);
            // inputs.md: a region code stored as a number (350102.0) has lost nothing
            String region = tidy(row.get("行政区划代码")).replaceFirst("\\.0$", "");
            out.add(new RegisteredName(uscc, row.get("主体名称"), region));
        }
        return out;
    }

    /** Full-width digits, NBSP and zero-width characters as the messy set plants them. */
    private static String tidy(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[\\s\\u200B-\\u200D\\uFEFF]", "");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** A CSV record with its header and the line it starts on (the row number an editor shows). */
    record Row(Map<String, Integer> header, String[] values, long line) {
        String get(String column) {
            Integer i = header.get(column);
            if (i == null) {
                throw new IllegalArgumentException("no column " + column);
            }
            return i < values.length ? values[i] : "";
        }

        boolean blank() {
            for (String v : values) {
                if (!v.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    static List<Row> read(Path file, Charset charset) {
        try (Reader in = new InputStreamReader(Files.newInputStream(file), charset);
                CSVReader csv = new CSVReader(in)) {
            String[] head = csv.readNext();
            Map<String, Integer> header = new HashMap<>();
            for (int i = 0; i < head.length; i++) {
                header.put(head[i].replace("\uFEFF", "").trim(), i);
            }
            List<Row> rows = new ArrayList<>();
            long linesBefore = csv.getLinesRead();
            String[] values;
            while ((values = csv.readNext()) != null) {
                rows.add(new Row(header, values, linesBefore + 1));
                linesBefore = csv.getLinesRead();
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CsvValidationException e) {
            throw new IllegalStateException(e);
        }
    }
}
