package cn.xgz.recon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.acceptance.AcceptanceSets;
import cn.xgz.recon.ingest.table.ReadLimits;
import cn.xgz.recon.source.Source;
import com.opencsv.CSVReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reads the public acceptance inputs through the ingest classes, as the nightly job will, and compares the rejects and
 * per-file counts with what the reference implementation produced.
 */
class AcceptanceInputsTest {

    record Run(List<Reject> rejects, Map<String, FileCounts> counts) {}

    static Run ingest(Path input, LocalDate runDate) {
        IngestContext context = IngestContext.standard(runDate);
        List<Reject> rejects = new ArrayList<>();
        Map<String, FileCounts> counts = new LinkedHashMap<>();
        for (Map.Entry<Source, List<Path>> e : SourceFiles.inFolder(input).entrySet()) {
            DuplicateKeys keys = new DuplicateKeys();
            SourceSchema<?> schema = SourceSchemas.of(e.getKey());
            for (Path file : e.getValue()) {
                try (SourceFileReader<?> reader =
                        SourceFileReader.open(file, schema, context, ReadLimits.defaults(), keys)) {
                    RowOutcome<?> o;
                    while ((o = reader.next()) != null) {
                        if (o instanceof RowOutcome.Rejected<?> r) {
                            rejects.add(r.reject());
                        }
                    }
                    counts.put(reader.fileName(), reader.counts());
                }
            }
        }
        return new Run(rejects, counts);
    }

    static List<String[]> readCsv(Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVReader csv = new CSVReader(in)) {
            List<String[]> rows = new ArrayList<>(csv.readAll());
            rows.remove(0);
            rows.removeIf(r -> r.length < 3);
            return rows;
        }
    }

    static List<String> rejectLines(List<Reject> rejects) {
        return rejects.stream()
                .map(r -> String.join(",", r.source().prefix(), r.file(), String.valueOf(r.row()), r.column(),
                        r.reason(), r.value()))
                .toList();
    }

    static List<String> countLines(Map<String, FileCounts> counts) {
        return counts.values().stream()
                .map(c -> String.join(",", c.source().prefix(), c.file(), String.valueOf(c.read()),
                        String.valueOf(c.loaded()), String.valueOf(c.rejected())))
                .toList();
    }

    @Test
    void messyRejectsAreExactlyTheReferenceRejectsWithTheirReasonsAndMaskedValues() throws Exception {
        Path set = AcceptanceSets.set("messy");
        Run run = ingest(set.resolve("input"), LocalDate.of(2025, 7, 1));

        List<String> expected = readCsv(set.resolve("expected/expected-rejects.csv")).stream()
                .map(r -> String.join(",", r)).toList();
        assertThat(expected).hasSize(52);
        assertThat(rejectLines(run.rejects())).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void messyFileCountsAreTheReferenceCounts() throws Exception {
        Path set = AcceptanceSets.set("messy");
        Run run = ingest(set.resolve("input"), LocalDate.of(2025, 7, 1));

        List<String> expected = readCsv(set.resolve("expected/expected-files.csv")).stream()
                .map(r -> String.join(",", r)).toList();
        assertThat(countLines(run.counts())).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void basicInputsLoadWithoutRejects() throws Exception {
        Path set = AcceptanceSets.set("basic");
        Run run = ingest(set.resolve("input"), LocalDate.of(2025, 9, 30));

        assertThat(readCsv(set.resolve("expected/expected-rejects.csv"))).isEmpty();
        assertThat(run.rejects()).isEmpty();
        List<String> expected = readCsv(set.resolve("expected/expected-files.csv")).stream()
                .map(r -> String.join(",", r)).toList();
        assertThat(countLines(run.counts())).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void basicSecondDayInputsLoadWithoutRejects() throws Exception {
        Path set = AcceptanceSets.set("basic");
        Run run = ingest(set.resolve("input-day2"), LocalDate.of(2025, 10, 1));

        assertThat(run.rejects()).isEmpty();
        List<String> expected = readCsv(set.resolve("expected-day2/expected-files.csv")).stream()
                .map(r -> String.join(",", r)).toList();
        assertThat(countLines(run.counts())).containsExactlyInAnyOrderElementsOf(expected);
    }
}
