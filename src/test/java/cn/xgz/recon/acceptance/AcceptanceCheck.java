package cn.xgz.recon.acceptance;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The contract's checker ({@code shared/tools/check.py}) in Java, check for check, so that no test needs python3:
 * findings (header, masking, order, keys and fields per rule), proposals (validity, maximality, optimality against
 * expected-r03.csv), rejects ((source, file, row) sets, masking) and half-year cells. Every check counts once, and
 * a run passes when none fails. Names and messages follow check.py's so the two outputs read the same.
 */
public final class AcceptanceCheck {

    /** The four checks check.py's {@code --only} knows. */
    public enum Part { FINDINGS, PROPOSALS, REJECTS, HALF_YEAR }

    static final List<String> FINDINGS_HEADER = List.of("run_date", "rule_code", "rule_name", "severity", "status",
            "first_seen", "subject_type", "subject_key", "subject_name", "region_code", "city_code", "market_id",
            "metric", "basis", "detail");
    static final List<String> FEEDBACK_COLUMNS = List.of("finding_id", "review", "review_date");
    static final List<String> PROPOSALS_HEADER = List.of("proposal_id", "group_kind", "region_code", "market_id",
            "industry_section", "unit_count", "member_total", "unit_uscc", "unit_names");
    static final List<String> REJECTS_HEADER = List.of("source", "file", "row", "column", "reason", "value");
    static final String ADVICE = "暂不具备联建条件，建议纳入流动党员党支部或挂靠建";
    static final Set<String> ID_COLUMNS = Set.of("身份证号", "法定代表人证件号码", "id_number", "legal_rep_id");
    static final List<String> FIELDS = List.of("run_date", "rule_name", "severity", "status", "first_seen",
            "subject_type", "subject_name", "region_code", "city_code", "market_id", "metric", "basis");
    static final List<String> HY_GROUP = List.of("单独建", "联合建", "挂靠建", "行业建", "合计");
    private static final Map<String, String> SRC_NORM = sourceAliases();

    // Python's \d is any Unicode decimal digit; so is Java's with UNICODE_CHARACTER_CLASS.
    private static final Pattern ID_LIKE =
            Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[\\dXx]|\\d{15})(?![0-9A-Za-z])", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern EIGHT_DIGITS = Pattern.compile("\\d{8}", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern UNIT_SEPARATOR = Pattern.compile("[;；]");
    private static final Pattern HY_PUNCTUATION = Pattern.compile("[\\s()（）\\[\\]【】/_\\-：:、,，]",
            Pattern.UNICODE_CHARACTER_CLASS);

    private AcceptanceCheck() {}

    /** One check: its name, whether it passed, and what check.py would print after the dash. */
    public record Check(String name, boolean ok, String message) {
        @Override
        public String toString() {
            return (ok ? "  PASS  " : "  FAIL  ") + name + (message.isEmpty() ? "" : " — " + message);
        }
    }

    /** The checks of one comparison, in check.py's order. */
    public static final class Report {
        private final List<Check> checks = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        boolean check(String name, boolean ok, String message) {
            checks.add(new Check(name, ok, message == null ? "" : message));
            return ok;
        }

        void note(String line) {
            notes.add(line);
        }

        public List<Check> checks() {
            return List.copyOf(checks);
        }

        public List<Check> failures() {
            return checks.stream().filter(c -> !c.ok()).toList();
        }

        public long passed() {
            return checks.stream().filter(Check::ok).count();
        }

        public long failed() {
            return checks.size() - passed();
        }

        /** check.py's console text: every check, the notes, and the closing "N passed, M failed". */
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            checks.forEach(c -> b.append(c).append('\n'));
            notes.forEach(n -> b.append(n).append('\n'));
            return b.append(passed()).append(" passed, ").append(failed()).append(" failed").toString();
        }
    }

    /** Findings, proposals and rejects of a run folder against an expected folder. */
    public static Report run(Path expected, Path actual) {
        return run(expected, actual, null, Set.of(Part.FINDINGS, Part.PROPOSALS, Part.REJECTS), false);
    }

    /** Everything, the half-year CSV too. */
    public static Report run(Path expected, Path actual, Path halfYearCsv) {
        return run(expected, actual, halfYearCsv, Set.of(Part.values()), false);
    }

    /**
     * check.py {@code --expected expected --actual actual [--half-year csv] --only parts [--with-feedback]}; the
     * half-year part runs only when a CSV is given, as in check.py.
     */
    public static Report run(Path expected, Path actual, Path halfYearCsv, Set<Part> only, boolean withFeedback) {
        Report rep = new Report();
        if (!Files.isDirectory(actual)) {
            rep.check("actual run folder exists", false, actual.toString());
        }
        if (only.contains(Part.FINDINGS)) {
            checkFindings(rep, expected, actual, withFeedback);
        }
        if (only.contains(Part.PROPOSALS)) {
            checkProposals(rep, expected, actual);
        }
        if (only.contains(Part.REJECTS)) {
            checkRejects(rep, expected, actual);
        }
        if (halfYearCsv != null && only.contains(Part.HALF_YEAR)) {
            checkHalfYear(rep, expected, halfYearCsv);
        }
        return rep;
    }

    // ------------------------------------------------------------------------------------------ findings

    static void checkFindings(Report rep, Path expDir, Path actDir, boolean feedbackGiven) {
        Table exp = Table.read(expDir.resolve("findings.csv"));
        Table act = Table.read(actDir.resolve("findings.csv"));
        if (exp == null) {
            rep.check("expected findings.csv present", false, expDir.toString());
            return;
        }
        if (!rep.check("findings.csv present", act != null, actDir.resolve("findings.csv").toString())) {
            act = new Table(List.of("(missing)"), List.of());
        }
        List<String> withFeedback = new ArrayList<>(FINDINGS_HEADER);
        withFeedback.addAll(FEEDBACK_COLUMNS);
        boolean headerOk = act.header().equals(FINDINGS_HEADER) || act.header().equals(withFeedback);
        rep.check("findings.csv header", headerOk, headerOk ? "" : "got " + String.join(",", act.header()));
        if (act.header().equals(withFeedback)) {
            List<Map<String, String>> badId = act.rows().stream()
                    .filter(r -> !Objects.equals(r.get("finding_id"), r.get("rule_code") + ":" + r.get("subject_key")))
                    .toList();
            rep.check("finding_id is rule_code:subject_key", badId.isEmpty(),
                    badId.isEmpty() ? "" : "e.g. " + badId.get(0).get("finding_id"));
            if (!feedbackGiven) {
                List<Map<String, String>> rev = act.rows().stream()
                        .filter(r -> !get(r, "review").isEmpty() || !get(r, "review_date").isEmpty()).toList();
                rep.check("no review without feedback", rev.isEmpty(), rev.isEmpty() ? "" : "e.g. " + rev.get(0).get("finding_id"));
            }
        }
        List<String> ids = act.rows().isEmpty() ? List.of() : idLike(readLenient(actDir.resolve("findings.csv")));
        rep.check("findings.csv has no unmasked ID number", ids.isEmpty(), ids.isEmpty() ? "" : examples(ids));
        List<List<String>> keys = act.rows().stream()
                .map(r -> List.of(get(r, "rule_code"), get(r, "region_code"), get(r, "subject_key"))).toList();
        int firstBad = -1;
        for (int i = 1; i < keys.size() && firstBad < 0; i++) {
            if (TUPLE_ORDER.compare(keys.get(i), keys.get(i - 1)) < 0) {
                firstBad = i;
            }
        }
        rep.check("findings.csv ordered by rule_code, region_code, subject_key", firstBad < 0,
                firstBad < 0 ? "" : "first out of order at data row " + (firstBad + 1));
        Map<String, Map<String, Map<String, String>>> e = new HashMap<>();
        Map<String, Map<String, Map<String, String>>> a = new HashMap<>();
        List<String> dup = new ArrayList<>();
        for (Map<String, String> r : exp.rows()) {
            e.computeIfAbsent(get(r, "rule_code"), k -> new HashMap<>()).put(get(r, "subject_key"), r);
        }
        for (Map<String, String> r : act.rows()) {
            String k = get(r, "subject_key");
            Map<String, Map<String, String>> byKey = a.computeIfAbsent(get(r, "rule_code"), x -> new HashMap<>());
            if (byKey.containsKey(k)) {
                dup.add(tuple(r.get("rule_code"), k));
            }
            byKey.put(k, r);
        }
        rep.check("findings.csv one row per key", dup.isEmpty(), dup.isEmpty() ? "" : examples(dup));
        Set<String> rules = new java.util.TreeSet<>(CODE_POINT_ORDER);
        rules.addAll(e.keySet());
        rules.addAll(a.keySet());
        List<String> table = new ArrayList<>();
        for (String rule : rules) {
            Map<String, Map<String, String>> er = e.getOrDefault(rule, Map.of());
            Map<String, Map<String, String>> ar = a.getOrDefault(rule, Map.of());
            Set<String> common = new HashSet<>(er.keySet());
            common.retainAll(ar.keySet());
            Set<String> missing = new HashSet<>(er.keySet());
            missing.removeAll(ar.keySet());
            Set<String> unexpected = new HashSet<>(ar.keySet());
            unexpected.removeAll(er.keySet());
            double prec = ar.isEmpty() ? 1.0 : (double) common.size() / ar.size();
            double rec = er.isEmpty() ? 1.0 : (double) common.size() / er.size();
            Map<String, Integer> mism = new TreeMap<>(CODE_POINT_ORDER);
            List<String> mismEx = new ArrayList<>();
            for (String k : common) {
                Map<String, String> x = er.get(k);
                Map<String, String> y = ar.get(k);
                for (String fld : FIELDS) {
                    String xv = x.getOrDefault(fld, "");
                    String yv = get(y, fld);
                    if (fld.equals("subject_name")) {
                        xv = normText(xv);
                        yv = normText(yv);
                    } else {
                        xv = strip(xv);
                        yv = strip(yv);
                    }
                    if (!xv.equals(yv)) {
                        mism.merge(fld, 1, Integer::sum);
                        if (mismEx.size() < 10) {
                            mismEx.add(k + " " + fld + ": expected " + repr(x.getOrDefault(fld, "")) + " got "
                                    + repr(y.getOrDefault(fld, "")));
                        }
                    }
                }
                if (strip(get(y, "detail")).isEmpty()) {
                    mism.merge("detail(blank)", 1, Integer::sum);
                }
            }
            int mismTotal = mism.values().stream().mapToInt(Integer::intValue).sum();
            table.add(String.format(Locale.ROOT, "  %-4s  %8d  %6d  %7d  %8.1f%%  %5.1f%%  %d", rule, er.size(), ar.size(),
                    common.size(), 100 * prec, 100 * rec, mismTotal));
            String msg = String.format(Locale.ROOT, "expected %d, actual %d, precision %.1f%%, recall %.1f%%", er.size(),
                    ar.size(), 100 * prec, 100 * rec);
            if (!missing.isEmpty()) {
                msg += "\n          missing: " + examples(missing);
            }
            if (!unexpected.isEmpty()) {
                msg += "\n          unexpected: " + examples(unexpected);
            }
            rep.check(rule + " keys", missing.isEmpty() && unexpected.isEmpty(), msg);
            String fm = mism.entrySet().stream().map(x -> x.getKey() + "×" + x.getValue()).collect(Collectors.joining(", "));
            rep.check(rule + " fields of " + common.size() + " matched keys", mism.isEmpty() && (!common.isEmpty() || er.isEmpty()),
                    fm + (mismEx.isEmpty() ? "" : "\n          " + String.join("\n          ", mismEx)));
        }
        rep.note("  rule  expected  actual  matched  precision  recall  field-mismatches");
        table.forEach(rep::note);
    }

    // ------------------------------------------------------------------------------------------ proposals

    /** check.py's opt_placed: how many of a group's entities the best packing places, and in how many proposals. */
    static int[] optPlaced(List<Integer> ds) {
        int n = ds.size();
        int s = ds.stream().mapToInt(d -> Math.min(d, 3)).sum();
        if (n >= 3 || (n == 2 && s >= 3)) {
            return new int[] {n, (n + 4) / 5};
        }
        return new int[] {0, 0};
    }

    static void checkProposals(Report rep, Path expDir, Path actDir) {
        Table r03 = Table.read(expDir.resolve("expected-r03.csv"));
        if (r03 == null) {
            rep.check("expected-r03.csv present", false, "");
            return;
        }
        Table act = Table.read(actDir.resolve("joint-branch-proposals.csv"));
        if (!rep.check("joint-branch-proposals.csv present", act != null, "")) {
            return;
        }
        boolean headerOk = act.header().equals(PROPOSALS_HEADER);
        rep.check("joint-branch-proposals.csv header", headerOk, headerOk ? "" : "got " + String.join(",", act.header()));
        Map<String, Map<String, String>> ent = new LinkedHashMap<>();
        r03.rows().forEach(r -> ent.put(r.get("uscc"), r));
        Map<String, Integer> d = new HashMap<>();
        ent.forEach((u, r) -> d.put(u, Integer.parseInt(strip(r.get("D")))));
        record Proposal(int row, Map<String, String> fields, List<String> units) {}
        List<Proposal> props = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        List<Integer> badUnplaced = new ArrayList<>();
        int i = 2;
        for (Map<String, String> r : act.rows()) {
            List<String> units = Stream.of(UNIT_SEPARATOR.split(get(r, "unit_uscc"), -1)).filter(u -> !strip(u).isEmpty())
                    .map(u -> strip(u).toUpperCase(Locale.ROOT)).toList();
            if (!strip(get(r, "proposal_id")).isEmpty()) {
                props.add(new Proposal(i, r, units));
            } else {
                unplaced.addAll(units);
                if (units.size() != 1 || !strip(get(r, "unit_count")).equals("1") || !get(r, "unit_names").contains(ADVICE)) {
                    badUnplaced.add(i);
                }
            }
            i++;
        }
        rep.check("unplaced rows: blank proposal_id, unit_count 1, one unit, the advice", badUnplaced.isEmpty(),
                badUnplaced.isEmpty() ? "" : "rows " + examplesOf(badUnplaced));
        Map<String, Integer> ids = new LinkedHashMap<>();
        props.forEach(p -> ids.merge(strip(get(p.fields(), "proposal_id")), 1, Integer::sum));
        List<String> dupIds = ids.entrySet().stream().filter(x -> x.getValue() > 1).map(Map.Entry::getKey).toList();
        rep.check("proposal ids unique", dupIds.isEmpty(), dupIds.isEmpty() ? "" : examples(dupIds));
        Map<String, Integer> seen = new LinkedHashMap<>();
        props.forEach(p -> p.units().forEach(u -> seen.merge(u, 1, Integer::sum)));
        unplaced.forEach(u -> seen.merge(u, 1, Integer::sum));
        List<String> foreign = seen.keySet().stream().filter(u -> !ent.containsKey(u)).toList();
        List<String> twice = seen.entrySet().stream().filter(x -> x.getValue() > 1).map(Map.Entry::getKey).toList();
        List<String> absent = ent.keySet().stream().filter(u -> !seen.containsKey(u)).toList();
        rep.check("units are R03 entities", foreign.isEmpty(), foreign.isEmpty() ? "" : examples(foreign));
        rep.check("each R03 entity listed at most once", twice.isEmpty(), twice.isEmpty() ? "" : examples(twice));
        rep.check("every R03 entity listed (placed or unplaced)", absent.isEmpty(),
                absent.isEmpty() ? "" : absent.size() + " absent: " + examples(absent));
        List<Integer> sizeBad = new ArrayList<>();
        List<Integer> sumBad = new ArrayList<>();
        List<Integer> totalBad = new ArrayList<>();
        List<Integer> groupBad = new ArrayList<>();
        Map<String, List<List<String>>> placedMarket = new LinkedHashMap<>();
        Map<List<String>, List<List<String>>> placedArea = new LinkedHashMap<>();
        for (Proposal p : props) {
            Map<String, String> r = p.fields();
            List<String> units = p.units().stream().filter(ent::containsKey).toList();
            int n = units.size();
            if (n < 2 || n > 5 || !strip(get(r, "unit_count")).equals(String.valueOf(n))) {
                sizeBad.add(p.row());
            }
            int s = units.stream().mapToInt(d::get).sum();
            if (s < 3) {
                sumBad.add(p.row());
            }
            if (!strip(get(r, "member_total")).equals(String.valueOf(s))) {
                totalBad.add(p.row());
            }
            String kind = strip(get(r, "group_kind"));
            if (kind.equals("MARKET")) {
                Set<String> mids = units.stream().map(u -> ent.get(u).get("market_id")).collect(Collectors.toSet());
                if (mids.size() != 1 || mids.contains("") || !mids.contains(strip(get(r, "market_id")))) {
                    groupBad.add(p.row());
                } else {
                    placedMarket.computeIfAbsent(mids.iterator().next(), k -> new ArrayList<>()).add(units);
                }
            } else if (kind.equals("AREA_INDUSTRY")) {
                Set<List<String>> gs = units.stream().map(u -> areaOf(ent.get(u))).collect(Collectors.toSet());
                List<String> want = List.of(strip(get(r, "region_code")), strip(get(r, "industry_section")));
                if (gs.size() != 1 || !gs.contains(want)) {
                    groupBad.add(p.row());
                } else {
                    placedArea.computeIfAbsent(gs.iterator().next(), k -> new ArrayList<>()).add(units);
                }
            } else {
                groupBad.add(p.row());
            }
        }
        rep.check("proposals have 2-5 units and unit_count matches", sizeBad.isEmpty(),
                sizeBad.isEmpty() ? "" : "rows " + examplesOf(sizeBad));
        rep.check("proposals sum D >= 3", sumBad.isEmpty(), sumBad.isEmpty() ? "" : "rows " + examplesOf(sumBad));
        rep.check("member_total = sum of D", totalBad.isEmpty(), totalBad.isEmpty() ? "" : "rows " + examplesOf(totalBad));
        rep.check("one market (MARKET) or one county and section (AREA_INDUSTRY)", groupBad.isEmpty(),
                groupBad.isEmpty() ? "" : "rows " + examplesOf(groupBad));
        Set<String> placed = new HashSet<>();
        props.forEach(p -> placed.addAll(p.units()));
        Map<String, List<String>> leftMarket = new LinkedHashMap<>();
        Map<List<String>, List<String>> leftArea = new LinkedHashMap<>();
        Map<String, List<String>> allMarket = new LinkedHashMap<>();
        Map<List<String>, List<String>> allAreaNonMarket = new LinkedHashMap<>();
        ent.forEach((u, r) -> {
            String market = r.getOrDefault("market_id", "");
            if (!market.isEmpty()) {
                allMarket.computeIfAbsent(market, k -> new ArrayList<>()).add(u);
                if (!placed.contains(u)) {
                    leftMarket.computeIfAbsent(market, k -> new ArrayList<>()).add(u);
                }
            } else {
                allAreaNonMarket.computeIfAbsent(areaOf(r), k -> new ArrayList<>()).add(u);
                if (!placed.contains(u)) {
                    leftArea.computeIfAbsent(areaOf(r), k -> new ArrayList<>()).add(u);
                }
            }
        });
        List<String> nonMax = new ArrayList<>();
        leftMarket.forEach((g, us) -> {
            if (optPlaced(us.stream().map(d::get).toList())[0] > 0) {
                nonMax.add(g);
            }
        });
        leftArea.forEach((g, us) -> {
            if (optPlaced(us.stream().map(d::get).toList())[0] > 0) {
                nonMax.add(tuple(g.get(0), g.get(1)));
            }
        });
        rep.check("maximality: no valid proposal from the unplaced entities of one group", nonMax.isEmpty(),
                nonMax.isEmpty() ? "" : nonMax.size() + " groups: " + examples(nonMax));
        List<String> notOpt = new ArrayList<>();
        allMarket.forEach((mid, us) -> {
            int[] want = optPlaced(us.stream().map(d::get).toList());
            List<List<String>> got = placedMarket.getOrDefault(mid, List.of());
            int gotN = got.stream().mapToInt(List::size).sum();
            if (gotN != want[0] || got.size() != want[1]) {
                notOpt.add(String.format(Locale.ROOT, "market %s: placed %d in %d, optimum %d in %d", mid, gotN, got.size(),
                        want[0], want[1]));
            }
        });
        Set<List<String>> areaGroups = new LinkedHashSet<>(allAreaNonMarket.keySet());
        areaGroups.addAll(placedArea.keySet());
        for (List<String> grp : areaGroups) {
            List<List<String>> got = placedArea.getOrDefault(grp, List.of());
            Set<String> items = new HashSet<>(allAreaNonMarket.getOrDefault(grp, List.of()));
            got.forEach(items::addAll);
            int[] want = optPlaced(items.stream().map(d::get).toList());
            int gotN = got.stream().mapToInt(List::size).sum();
            if (gotN != want[0] || got.size() != want[1]) {
                notOpt.add(String.format(Locale.ROOT, "area %s/%s: placed %d in %d, optimum %d in %d", grp.get(0),
                        grp.get(1).isEmpty() ? "-" : grp.get(1), gotN, got.size(), want[0], want[1]));
            }
        }
        rep.check("optimality: most entities placed, then fewest proposals, per group", notOpt.isEmpty(), notOpt.isEmpty()
                ? "" : notOpt.size() + " groups: " + String.join("; ", notOpt.subList(0, Math.min(10, notOpt.size()))));
        rep.note(String.format(Locale.ROOT, "  %d R03 entities, %d proposals placing %d, %d unplaced", ent.size(), props.size(),
                placed.size(), new HashSet<>(unplaced).size()));
    }

    private static List<String> areaOf(Map<String, String> r03Row) {
        return List.of(r03Row.getOrDefault("region_code", ""), r03Row.getOrDefault("industry_section", ""));
    }

    // ------------------------------------------------------------------------------------------ rejects

    static void checkRejects(Report rep, Path expDir, Path actDir) {
        Table exp = Table.read(expDir.resolve("expected-rejects.csv"));
        Table act = Table.read(actDir.resolve("rejects.csv"));
        if (exp == null) {
            rep.check("expected-rejects.csv present", false, "");
            return;
        }
        if (!rep.check("rejects.csv present", act != null, "")) {
            return;
        }
        boolean headerOk = act.header().equals(REJECTS_HEADER);
        rep.check("rejects.csv header", headerOk, headerOk ? "" : "got " + String.join(",", act.header()));
        Set<String> e = exp.rows().stream().map(AcceptanceCheck::rejectKey).collect(Collectors.toSet());
        Set<String> a = act.rows().stream().map(AcceptanceCheck::rejectKey).collect(Collectors.toSet());
        Set<String> missing = new HashSet<>(e);
        missing.removeAll(a);
        Set<String> unexpected = new HashSet<>(a);
        unexpected.removeAll(e);
        String msg = "expected " + e.size() + ", actual " + a.size();
        if (!missing.isEmpty()) {
            msg += "\n          missing: " + examples(missing);
        }
        if (!unexpected.isEmpty()) {
            msg += "\n          unexpected: " + examples(unexpected);
        }
        rep.check("rejected rows (source, file, row)", missing.isEmpty() && unexpected.isEmpty(), msg);
        List<String> unmasked = new ArrayList<>();
        for (Map<String, String> r : act.rows()) {
            if (ID_COLUMNS.contains(strip(get(r, "column"))) && EIGHT_DIGITS.matcher(get(r, "value")).find()) {
                unmasked.add(rejectKey(r));
            }
        }
        for (Map<String, String> r : act.rows()) {
            if (!idLike(get(r, "value")).isEmpty() || !idLike(get(r, "reason")).isEmpty()) {
                unmasked.add(rejectKey(r));
            }
        }
        rep.check("reject values of ID columns are masked", unmasked.isEmpty(), unmasked.isEmpty() ? "" : examples(unmasked));
    }

    private static String rejectKey(Map<String, String> r) {
        String src = strip(get(r, "source"));
        src = SRC_NORM.getOrDefault(src, src);
        String file = strip(get(r, "file"));
        return tuple(src, file.substring(file.lastIndexOf('/') + 1), strip(get(r, "row")));
    }

    // ------------------------------------------------------------------------------------------ half-year

    static void checkHalfYear(Report rep, Path expDir, Path csv) {
        List<Path> exps;
        try (Stream<Path> s = Files.list(expDir)) {
            exps = s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith("expected-half-year-") && n.endsWith(".csv");
            }).sorted().toList();
        } catch (IOException e) {
            exps = List.of();
        }
        if (exps.isEmpty()) {
            rep.check("expected-half-year-*.csv present", false, expDir.toString());
            return;
        }
        Table exp = Table.read(exps.get(0));
        Table act = Table.read(csv);
        if (!rep.check("half-year CSV present", act != null, csv.toString())) {
            return;
        }
        rep.note("  comparing with " + exps.get(0).getFileName());
        List<String> eh = exp.header();
        Set<String> cset = exp.rows().stream().map(r -> r.get(eh.get(0))).collect(Collectors.toSet());
        String keyCol = null;
        for (String h : act.header()) {
            List<String> vals = act.rows().stream().map(r -> beforeDot(strip(get(r, h)))).toList();
            long hits = vals.stream().filter(cset::contains).count();
            if (!vals.isEmpty() && hits >= Math.max(1, vals.size() / 2)) {
                keyCol = h;
                break;
            }
        }
        if (!rep.check("half-year CSV has a county-code column", keyCol != null, "")) {
            return;
        }
        Map<String, String> amap = new HashMap<>();
        act.header().forEach(h -> amap.putIfAbsent(hyNorm(h), h));
        Map<String, String> colmap = new LinkedHashMap<>();
        List<String> figures = eh.subList(Math.min(4, eh.size()), eh.size());
        for (String h : figures) {
            String n = hyNorm(h);
            if (amap.containsKey(n)) {
                colmap.put(h, amap.get(n));
                continue;
            }
            for (String g : HY_GROUP) {
                if (h.endsWith("（" + g + "）")) {
                    act.header().stream().filter(a -> a.contains("党组织数") && a.contains(g)).findFirst()
                            .ifPresent(a -> colmap.put(h, a));
                }
            }
        }
        List<String> missing = figures.stream().filter(h -> !colmap.containsKey(h)).toList();
        rep.check("half-year CSV has every figure column", missing.isEmpty(),
                missing.isEmpty() ? "" : "missing: " + String.join(", ", missing));
        Map<String, Map<String, String>> arows = new HashMap<>();
        String key = keyCol;
        act.rows().forEach(r -> arows.put(beforeDot(strip(get(r, key))), r));
        for (String h : figures) {
            if (!colmap.containsKey(h)) {
                continue;
            }
            List<String> bad = new ArrayList<>();
            for (Map<String, String> r : exp.rows()) {
                String c = r.get(eh.get(0));
                Map<String, String> a = arows.get(c);
                Object ev = hyValue(r.get(h));
                Object av;
                if (a == null) {
                    av = "".equals(ev) ? "" : (ev instanceof BigDecimal && !h.contains("率") ? BigDecimal.ZERO : "");
                } else {
                    av = hyValue(a.get(colmap.get(h)));
                }
                if (!sameValue(ev, av)) {
                    String got = a == null ? "(row missing)" : orBlank(a.get(colmap.get(h)));
                    bad.add(c + ": expected " + orBlank(r.get(h)) + " got " + got);
                }
            }
            rep.check("half-year " + h, bad.isEmpty(), bad.isEmpty() ? ""
                    : bad.size() + " counties differ: " + String.join("; ", bad.subList(0, Math.min(10, bad.size()))));
        }
    }

    static String hyNorm(String h) {
        return HY_PUNCTUATION.matcher(Normalizer.normalize(h == null ? "" : h, Normalizer.Form.NFKC)).replaceAll("");
    }

    /** A cell as check.py's hy_value: blank markers as "", a number as a BigDecimal, anything else as its text. */
    static Object hyValue(String v) {
        String s = strip(v == null ? "" : v);
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '%') {
            end--;
        }
        s = strip(s.substring(0, end));
        if (s.isEmpty() || s.equals("-") || s.equals("—") || s.equals("/")) {
            return "";
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return s;
        }
    }

    private static boolean sameValue(Object ev, Object av) {
        if (ev instanceof BigDecimal x && av instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return ev.equals(av);
    }

    private static String orBlank(String s) {
        return s == null || s.isEmpty() ? "(blank)" : s;
    }

    private static String beforeDot(String s) {
        int dot = s.indexOf('.');
        return dot < 0 ? s : s.substring(0, dot);
    }

    // ------------------------------------------------------------------------------------------ shared

    /** A CSV as check.py's read_csv sees it: UTF-8 with or without BOM, rows with a non-blank cell, by header. */
    record Table(List<String> header, List<Map<String, String>> rows) {
        static Table read(Path path) {
            if (path == null || !Files.exists(path)) {
                return null;
            }
            // utf-8-sig: the BOM goes before parsing, or a quoted first header would keep its quotes
            try (Reader in = new StringReader(withoutBom(Files.readString(path, StandardCharsets.UTF_8)));
                    CSVReader csv = new CSVReaderBuilder(in).withCSVParser(new RFC4180ParserBuilder().build()).build()) {
                List<String[]> all = csv.readAll();
                if (all.isEmpty()) {
                    return new Table(List.of(), List.of());
                }
                List<String> header = List.of(all.get(0));
                List<Map<String, String>> rows = new ArrayList<>();
                for (String[] row : all.subList(1, all.size())) {
                    if (Stream.of(row).allMatch(c -> strip(c).isEmpty())) {
                        continue;
                    }
                    Map<String, String> m = new HashMap<>();
                    for (int c = 0; c < Math.min(header.size(), row.length); c++) {
                        m.put(header.get(c), row[c]);
                    }
                    rows.add(m);
                }
                return new Table(header, rows);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (CsvException e) {
                throw new IllegalStateException(path + ": " + e.getMessage(), e);
            }
        }
    }

    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String get(Map<String, String> row, String column) {
        String v = row.get(column);
        return v == null ? "" : v;
    }

    private static String readLenient(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** ID-number-like strings with a plausible birth date, as their first six characters and an ellipsis. */
    public static List<String> idLike(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = ID_LIKE.matcher(s);
        while (m.find()) {
            String v = m.group(1).toUpperCase(Locale.ROOT);
            try {
                if (v.length() == 18) {
                    int y = number(v, 6, 10);
                    if (y < 1900 || y > 2030) {
                        continue;
                    }
                    LocalDate.of(y, number(v, 10, 12), number(v, 12, 14));
                } else {
                    LocalDate.of(1900 + number(v, 6, 8), number(v, 8, 10), number(v, 10, 12));
                    if ("12345678".indexOf(v.charAt(0)) < 0) {
                        continue;
                    }
                }
            } catch (DateTimeException e) {
                continue;
            }
            out.add(v.substring(0, 6) + "…");
        }
        return out;
    }

    private static int number(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + Character.digit(s.charAt(i), 10);
        }
        return n;
    }

    /** Python's str.strip(): whitespace as Python counts it (NBSP and the other Unicode spaces too). */
    static String strip(String s) {
        if (s == null) {
            return "";
        }
        int b = 0;
        int e = s.length();
        while (b < e && isPySpace(s.charAt(b))) {
            b++;
        }
        while (e > b && isPySpace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }

    private static boolean isPySpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    /** NFKC, without zero-width characters and whitespace, for subject names. */
    static String normText(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        n.codePoints().filter(c -> c != 0x200b && c != 0x200c && c != 0x200d && c != 0x2060 && c != 0xfeff)
                .filter(c -> c > 0xffff || !isPySpace((char) c)).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** Python's repr of a str, near enough for a message. */
    private static String repr(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static String tuple(String... parts) {
        return Stream.of(parts).map(AcceptanceCheck::repr).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String examples(java.util.Collection<String> xs) {
        List<String> sorted = xs.stream().sorted(CODE_POINT_ORDER).toList();
        return String.join(", ", sorted.subList(0, Math.min(10, sorted.size()))) + (sorted.size() > 10 ? " …" : "");
    }

    private static String examplesOf(List<Integer> xs) {
        List<Integer> sorted = xs.stream().sorted().toList();
        return sorted.subList(0, Math.min(10, sorted.size())).stream().map(String::valueOf).collect(Collectors.joining(", "))
                + (sorted.size() > 10 ? " …" : "");
    }

    /** Python compares str by code point; String.compareTo by UTF-16 unit, which differs above U+FFFF. */
    static final Comparator<String> CODE_POINT_ORDER = (x, y) -> {
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            int a = x.codePointAt(i);
            int b = y.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Integer.compare(x.length() - i, y.length() - j);
    };

    private static final Comparator<List<String>> TUPLE_ORDER = (x, y) -> {
        for (int k = 0; k < Math.min(x.size(), y.size()); k++) {
            int c = CODE_POINT_ORDER.compare(x.get(k), y.get(k));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    };

    private static Map<String, String> sourceAliases() {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        aliases.put("registrations", List.of("registrations", "经营主体登记信息", "经营主体登记", "登记信息"));
        aliases.put("annual-reports", List.of("annual-reports", "annual_reports", "年度报告党建信息", "年报党建信息", "年度报告"));
        aliases.put("riders", List.of("riders", "网约配送员登记", "网约配送员"));
        aliases.put("party-orgs", List.of("party-orgs", "party_orgs", "党组织信息", "党组织"));
        aliases.put("party-members", List.of("party-members", "party_members", "党员信息", "党员"));
        aliases.put("markets", List.of("markets", "专业市场台账", "专业市场"));
        Map<String, String> norm = new HashMap<>();
        aliases.forEach((k, v) -> v.forEach(a -> norm.put(a, k)));
        return Map.copyOf(norm);
    }
}
