package cn.xgz.recon.robustness;

import cn.xgz.recon.common.PersonKeys;
import com.opencsv.CSVReader;
import com.opencsv.CSVWriter;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The basic set with formula-injection payloads as the names of subjects that have findings in its expected output:
 * entities of R13 and R03 (so they reach findings, proposals and the workbooks), markets of R01, organisations and
 * stations with findings, and party members of R04/R05 (whose masked names then start with the payload's first
 * character).
 */
final class FormulaPayloads {

    private FormulaPayloads() {}

    static void write(Path basicInput, Path expectedFindings, Path target) throws IOException {
        List<String[]> expected = read(expectedFindings);
        Set<String> entities = keys(expected, r -> r[1].equals("R13") || r[1].equals("R03"), 7);
        Set<String> markets = keys(expected, r -> r[6].equals("MARKET"), 3);
        Set<String> orgs = keys(expected, r -> r[6].equals("ORG"), 4);
        Set<String> stations = keys(expected, r -> r[6].equals("STATION"), 3);
        Set<String> persons = keys(expected, r -> r[6].equals("PERSON") && (r[1].equals("R04") || r[1].equals("R05")), 7);
        PersonKeys acceptanceKeys = new PersonKeys("test-secret".getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(basicInput)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                List<String[]> rows = read(f);
                String[] h = rows.get(0);
                int[] next = {0};
                for (String[] r : rows.subList(1, rows.size())) {
                    if (name.startsWith("registrations")) {
                        rename(r, h, "统一社会信用代码", entities::contains, "主体名称", next);
                    } else if (name.startsWith("markets")) {
                        rename(r, h, "市场编号", markets::contains, "市场名称", next);
                    } else if (name.startsWith("party-orgs")) {
                        rename(r, h, "党组织代码", orgs::contains, "党组织名称", next);
                    } else if (name.startsWith("riders")) {
                        String station = r[col(h, "平台")] + "|" + r[col(h, "配送站点编号")];
                        if (stations.contains(station)) {
                            r[col(h, "配送站点")] = payload(stations.stream().sorted().toList().indexOf(station));
                        }
                    } else if (name.startsWith("party-members")) {
                        rename(r, h, "身份证号", id -> persons.contains(acceptanceKeys.keyOf(id)), "姓名", next);
                    }
                }
                write(target.resolve(name), rows);
            }
        }
    }

    private static void rename(String[] row, String[] header, String keyColumn, Predicate<String> chosen, String nameColumn,
            int[] next) {
        if (chosen.test(row[col(header, keyColumn)])) {
            row[col(header, nameColumn)] = payload(next[0]++);
        }
    }

    static String payload(int i) {
        return HostileCorpus.PAYLOADS.get(i % HostileCorpus.PAYLOADS.size());
    }

    private static Set<String> keys(List<String[]> findings, Predicate<String[]> which, int limit) {
        Set<String> keys = new HashSet<>();
        for (String[] r : findings.subList(1, findings.size())) {
            if (which.test(r) && keys.size() < limit) {
                keys.add(r[7]);
            }
        }
        return keys;
    }

    private static int col(String[] header, String name) {
        int i = Arrays.asList(header).indexOf(name);
        if (i < 0) {
            throw new IllegalStateException("no column " + name + " in " + Arrays.toString(header));
        }
        return i;
    }

    static List<String[]> read(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CSVReader r = new CSVReader(in)) {
            List<String[]> rows = new ArrayList<>(r.readAll());
            rows.get(0)[0] = rows.get(0)[0].replace("\uFEFF", "");
            return rows;
        } catch (CsvException e) {
            throw new IOException(e);
        }
    }

    private static void write(Path target, List<String[]> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            CSVWriter csv = new CSVWriter(w);
            csv.writeAll(rows, true);
            csv.flush();
        }
    }
}
