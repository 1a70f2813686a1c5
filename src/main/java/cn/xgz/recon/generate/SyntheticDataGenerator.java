package cn.xgz.recon.generate;

import cn.xgz.recon.common.AtomicFiles;
import cn.xgz.recon.common.CsvText;
import cn.xgz.recon.generate.Junk.Bad;
import cn.xgz.recon.generate.Junk.Fault;
import cn.xgz.recon.generate.Plan.Block;
import cn.xgz.recon.generate.Plan.Entity;
import cn.xgz.recon.generate.Plan.Platform;
import cn.xgz.recon.generate.TableSink.DateStyle;
import cn.xgz.recon.source.Source;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Writes a synthetic input folder for the nightly job: all six sources as inputs.md describes them, seeded and
 * streaming. Registrations are written by one thread and every other source by another, each planning the
 * blocks of 64 entities again from the seed, so memory stays flat at any size.
 */
public final class SyntheticDataGenerator {

    /** The list of bad rows (source, file, row, column, reason) the reader must reject. */
    public static final String PLANTED_REJECTS = "planted-rejects.csv";
    /** The expected outcome of every planted scenario copy: rule, subject key, fires or not. */
    public static final String PLANTED = "planted.csv";
    /** Counts, planted scenarios and background figures of the generation. */
    public static final String SUMMARY = "generation-summary.json";

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String[] REMARKS = {"已核实", "备注：无", "待核实", "2024年新建", "—"};

    /** How one output stream is written. */
    private record Format(boolean xlsx, Charset charset, boolean bom, boolean leadingBlank, boolean crlf,
            boolean aliases, boolean extraColumn, DateStyle dates) {

        static Format csv(DateStyle dates) {
            return new Format(false, StandardCharsets.UTF_8, true, false, false, false, false, dates);
        }

        static Format xlsxFile() {
            return new Format(true, StandardCharsets.UTF_8, false, false, false, false, false, DateStyle.ISO);
        }

        Format gb18030() {
            return new Format(xlsx, GB18030, false, leadingBlank, true, aliases, extraColumn, dates);
        }

        Format noBom() {
            return new Format(xlsx, charset, false, leadingBlank, crlf, aliases, extraColumn, dates);
        }

        Format leadingBlankLine() {
            return new Format(xlsx, charset, bom, true, crlf, aliases, extraColumn, dates);
        }

        Format withAliases() {
            return new Format(xlsx, charset, bom, leadingBlank, crlf, true, extraColumn, dates);
        }

        Format withExtraColumn() {
            return new Format(xlsx, charset, bom, leadingBlank, crlf, aliases, true, dates);
        }
    }

    /** A planted bad row. */
    private record Reject(Source source, String file, int row, String column, String reason) {}

    /** What one writer thread produced. */
    private static final class Part {
        final List<GenerationResult.FileCount> files = new ArrayList<>();
        final List<Reject> rejects = new ArrayList<>();
        final Map<String, Long> counts = new LinkedHashMap<>();
        final Map<String, Long> planted = new TreeMap<>();
        final Map<String, Long> natural = new TreeMap<>();
        final List<Plan.Expectation> expectations = new ArrayList<>();
    }

    /** One output stream: its sink, damage, and the bad rows scheduled into it. */
    private static final class Out {
        final Table table;
        final Source source;
        final TableSink sink;
        final Damage damage;
        final Junk junk;
        final Platform platform;
        final Map<Integer, List<Fault>> schedule;
        final List<Fault> pending = new ArrayList<>();
        final SplittableRandom noise;
        final List<String> fileHeaders;
        final boolean extraColumn;
        final boolean messy;
        final List<Reject> rejects = new ArrayList<>();

        Out(Table table, TableSink sink, Damage damage, Junk junk, Platform platform, Map<Integer, List<Fault>> schedule,
                SplittableRandom noise, List<String> fileHeaders, boolean extraColumn, boolean messy) {
            this.table = table;
            this.source = table.source;
            this.sink = sink;
            this.damage = damage;
            this.junk = junk;
            this.platform = platform;
            this.schedule = schedule;
            this.noise = noise;
            this.fileHeaders = fileHeaders;
            this.extraColumn = extraColumn;
            this.messy = messy;
        }

        void row(Object[] cells) throws IOException {
            if (damage != null) {
                damage.apply(cells);
            }
            sink.write(withExtra(cells));
            if (messy && noise.nextDouble() < 0.002) {
                sink.blank();
            }
        }

        private Object[] withExtra(Object[] cells) {
            if (!extraColumn) {
                return cells;
            }
            Object[] c = Arrays.copyOf(cells, cells.length + 1);
            c[cells.length] = noise.nextDouble() < 0.7 ? null : REMARKS[noise.nextInt(REMARKS.length)];
            return c;
        }

        void afterBlock(Block block) throws IOException {
            List<Fault> due = schedule.get(block.index);
            if (due != null) {
                pending.addAll(due);
            }
            if (pending.isEmpty()) {
                return;
            }
            List<Fault> still = new ArrayList<>();
            for (Fault f : pending) {
                Bad bad = junk.make(f, table, block, platform);
                if (bad == null) {
                    still.add(f);
                    continue;
                }
                int row = sink.write(withExtra(bad.cells()));
                rejects.add(new Reject(source, sink.file(), row, fileHeaders.get(table.indexOf(f.column)), f.reason));
            }
            pending.clear();
            pending.addAll(still);
        }
    }

    public GenerationResult generate(GeneratorOptions options) throws IOException {
        long started = System.nanoTime();
        Files.createDirectories(options.outDir());
        Layout layout = new Layout(options);
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "xgz-generate");
            t.setDaemon(true);
            return t;
        });
        List<Part> parts = new ArrayList<>();
        try {
            Future<Part> registrations = pool.submit(() -> writeRegistrations(options, layout));
            Future<Part> others = pool.submit(() -> writeOthers(options, layout));
            parts.add(registrations.get());
            parts.add(others.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("生成被中断", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(cause);
        } finally {
            pool.shutdownNow();
        }
        List<GenerationResult.FileCount> files = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        List<Plan.Expectation> expectations = new ArrayList<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, Long> planted = new TreeMap<>();
        Map<String, Long> natural = new TreeMap<>();
        for (Part p : parts) {
            files.addAll(p.files);
            rejects.addAll(p.rejects);
            expectations.addAll(p.expectations);
            counts.putAll(p.counts);
            p.planted.forEach((k, v) -> planted.merge(k, v, Long::sum));
            p.natural.forEach((k, v) -> natural.merge(k, v, Long::sum));
        }
        files.sort(Comparator.comparing((GenerationResult.FileCount f) -> Source.valueOf(sourceEnum(f.source())).ordinal())
                .thenComparing(GenerationResult.FileCount::file, SyntheticDataGenerator::compareFileNames));
        rejects.sort(Comparator.comparing(Reject::source).thenComparing(Reject::file, SyntheticDataGenerator::compareFileNames)
                .thenComparingInt(Reject::row));
        writeRejects(options.outDir(), rejects);
        writeExpectations(options.outDir(), expectations);
        GenerationResult result = new GenerationResult(options.outDir(), List.copyOf(files), orderedCounts(counts),
                planted, natural, rejects.size(), Duration.ofNanos(System.nanoTime() - started));
        writeSummary(options, layout, result);
        return result;
    }

    private static String sourceEnum(String prefix) {
        return Source.ofFileName(prefix + ".csv").orElseThrow().name();
    }

    /** registrations.xlsx before registrations-2.xlsx before registrations-10.xlsx. */
    private static int compareFileNames(String a, String b) {
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }

    private static Map<String, Long> orderedCounts(Map<String, Long> counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String k : List.of("registrations", "annual-reports", "riders", "stations", "party-orgs",
                "party-members", "markets")) {
            out.put(k, counts.getOrDefault(k, 0L));
        }
        return out;
    }

    // ---------------------------------------------------------------- registrations (thread 1)

    private Part writeRegistrations(GeneratorOptions o, Layout layout) throws IOException {
        Part part = new Part();
        Junk junk = new Junk(layout, false);
        List<Out> outs = new ArrayList<>();
        int half = o.messy() ? layout.blocks / 2 : layout.blocks;
        if (o.messy()) {
            outs.add(open(o, layout, Table.REGISTRATIONS, "registrations-1", Format.csv(DateStyle.ISO), 0, half, null,
                    junk));
            Format second = o.xlsx() ? Format.xlsxFile() : Format.csv(DateStyle.ISO).gb18030();
            outs.add(open(o, layout, Table.REGISTRATIONS, "registrations-2", second, half, layout.blocks, null,
                    new Junk(layout, o.xlsx())));
        } else {
            outs.add(open(o, layout, Table.REGISTRATIONS, "registrations",
                    o.xlsx() ? Format.xlsxFile() : Format.csv(DateStyle.ISO), 0, layout.blocks, null, junk));
        }
        long rows = 0;
        try {
            for (int b = 0; b < layout.blocks; b++) {
                Block block = BlockBuilder.plan(layout, b);
                Out out = b < half ? outs.get(0) : outs.get(1);
                for (Entity e : block.entities) {
                    out.row(Rows.registration(e));
                    rows++;
                }
                out.afterBlock(block);
            }
        } finally {
            closeAll(outs, part);
        }
        part.counts.put("registrations", rows);
        return part;
    }

    // ---------------------------------------------------------------- everything else (thread 2)

    private Part writeOthers(GeneratorOptions o, Layout layout) throws IOException {
        Part part = new Part();
        boolean messy = o.messy();
        boolean xlsx = o.xlsx();
        int n = layout.blocks;
        Junk junk = new Junk(layout, false);
        Junk xlsxJunk = new Junk(layout, xlsx);
        Format reportsFormat = xlsx ? Format.xlsxFile() : Format.csv(DateStyle.SLASH);
        Out reports = open(o, layout, Table.ANNUAL_REPORTS, "annual-reports",
                messy ? reportsFormat.withAliases() : reportsFormat, 0, n, null, xlsxJunk);
        Out meituan = open(o, layout, Table.RIDERS, "riders-meituan",
                xlsx ? Format.xlsxFile() : Format.csv(DateStyle.ISO), 0, n, Platform.MEITUAN, xlsxJunk);
        Out eleme = open(o, layout, Table.RIDERS, "riders-eleme",
                messy ? Format.csv(DateStyle.ISO).noBom().leadingBlankLine() : Format.csv(DateStyle.ISO), 0, n,
                Platform.ELEME, junk);
        Out pupu = open(o, layout, Table.RIDERS, "riders-pupu",
                messy ? Format.csv(DateStyle.ISO).gb18030() : Format.csv(DateStyle.ISO), 0, n, Platform.PUPU, junk);
        Out orgs = open(o, layout, Table.PARTY_ORGS, "party-orgs",
                messy ? Format.csv(DateStyle.CHINESE).withExtraColumn() : Format.csv(DateStyle.CHINESE), 0, n, null,
                junk);
        Out members = open(o, layout, Table.PARTY_MEMBERS, "party-members",
                xlsx ? Format.xlsxFile() : messy ? Format.csv(DateStyle.ISO).gb18030() : Format.csv(DateStyle.ISO), 0, n,
                null, xlsxJunk);
        Out markets = open(o, layout, Table.MARKETS, "markets",
                xlsx ? Format.xlsxFile() : messy ? Format.csv(DateStyle.ISO).noBom() : Format.csv(DateStyle.ISO), 0, n,
                null, xlsxJunk);
        List<Out> outs = List.of(reports, meituan, eleme, pupu, orgs, members, markets);
        Out[] riderOuts = {meituan, eleme, pupu};
        long reportRows = 0;
        long riderRows = 0;
        long stations = 0;
        long orgRows = 0;
        long memberRows = 0;
        long marketRows = 0;
        try {
            orgRows += writeAreaOrgs(layout, orgs);
            for (int b = 0; b < n; b++) {
                Block block = BlockBuilder.plan(layout, b);
                for (Entity e : block.entities) {
                    for (Plan.Report r : e.reports) {
                        reports.row(Rows.report(e, r));
                        reportRows++;
                    }
                }
                reports.afterBlock(block);
                for (Plan.Rider r : block.riders) {
                    riderOuts[r.station.platform.ordinal()].row(Rows.rider(r));
                    riderRows++;
                }
                for (Out r : riderOuts) {
                    r.afterBlock(block);
                }
                stations += block.stations.size();
                for (Plan.Org org : block.orgs) {
                    orgs.row(Rows.org(org, messy));
                    orgRows++;
                }
                orgs.afterBlock(block);
                for (Plan.Person p : block.persons) {
                    members.row(Rows.member(p));
                    memberRows++;
                }
                members.afterBlock(block);
                for (Plan.Market m : block.markets) {
                    markets.row(Rows.market(m));
                    marketRows++;
                }
                markets.afterBlock(block);
                block.planted.forEach((k, v) -> part.planted.merge(k, (long) v, Long::sum));
                block.natural.forEach((k, v) -> part.natural.merge(k, (long) v, Long::sum));
                part.expectations.addAll(block.expectations);
            }
        } finally {
            closeAll(outs, part);
        }
        part.counts.put("annual-reports", reportRows);
        part.counts.put("riders", riderRows);
        part.counts.put("stations", stations);
        part.counts.put("party-orgs", orgRows);
        part.counts.put("party-members", memberRows);
        part.counts.put("markets", marketRows);
        return part;
    }

    /** The county-level organisations every member of a county can hold their relation in. */
    private static long writeAreaOrgs(Layout layout, Out orgs) throws IOException {
        String[] areas = {"城关", "东街", "西郊", "南湖", "北岭", "江滨", "新城", "塔头"};
        long rows = 0;
        for (Map.Entry<String, Integer> c : layout.orgCounties.entrySet()) {
            String county = c.getKey();
            String name = layout.regions.nameOf(county);
            String committee = Layout.committeeCode(county);
            orgs.row(Rows.areaOrg(committee, "中共" + name + "非公有制经济组织和社会组织工作委员会", "党委", null, county, false));
            rows++;
            for (int k = 0; k < c.getValue(); k++) {
                String area = areas[k % areas.length] + (k < areas.length ? "" : Integer.toString(k / areas.length + 1));
                orgs.row(Rows.areaOrg(Layout.communityCode(county, k), "中共" + name + area + "社区委员会", "党委", committee,
                        county, false));
                rows++;
            }
            orgs.row(Rows.areaOrg(Layout.flowBranchCode(county), "中共" + name + "流动党员党支部", "党支部", committee, county,
                    true));
            rows++;
        }
        return rows;
    }

    // ---------------------------------------------------------------- streams

    private Out open(GeneratorOptions o, Layout layout, Table table, String stream, Format f, int from, int to,
            Platform platform, Junk junk) throws IOException {
        int n = table.columns.size() + (f.extraColumn() ? 1 : 0);
        List<String> canonical = new ArrayList<>();
        for (Table.Column c : table.columns) {
            canonical.add(f.aliases() ? c.alias() : c.header());
        }
        if (f.extraColumn()) {
            canonical.add("备注");
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (o.messy()) {
            SplittableRandom r = Mix.rng(o.seed(), 0x0DE5L, stream.hashCode());
            for (int i = n - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
        }
        List<String> headers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            headers.add(canonical.get(order[i]));
        }
        TableSink sink;
        if (f.xlsx()) {
            Table.Kind[] kinds = new Table.Kind[n];
            for (int i = 0; i < n; i++) {
                kinds[i] = i < table.columns.size() ? table.columns.get(i).kind() : Table.Kind.TEXT;
            }
            IntFunction<String> names = xlsxNames(stream);
            sink = new XlsxSink(o.outDir(), names, table.source.prefix(), headers, order, kinds, XlsxSink.MAX_DATA_ROWS);
        } else {
            sink = new CsvSink(o.outDir(), stream + ".csv", f.charset(), f.bom(), f.leadingBlank(), f.crlf(), headers,
                    order, f.dates());
        }
        Damage damage = o.messy() ? new Damage(o.seed(), stream, f.xlsx(), table) : null;
        Map<Integer, List<Fault>> schedule = o.messy() ? Junk.schedule(layout, stream, table, from, to) : Map.of();
        return new Out(table, sink, damage, junk, platform, schedule, Mix.rng(o.seed(), 0xB1A2L, stream.hashCode()),
                canonical, f.extraColumn(), o.messy());
    }

    /**
     * File names of an .xlsx stream: {@code annual-reports.xlsx}, {@code annual-reports-2.xlsx}, …; a stream that
     * is already a numbered part ({@code registrations-2}) continues with the next numbers.
     */
    static IntFunction<String> xlsxNames(String stream) {
        int dash = stream.lastIndexOf('-');
        if (dash > 0 && stream.substring(dash + 1).chars().allMatch(Character::isDigit)) {
            String base = stream.substring(0, dash);
            int first = Integer.parseInt(stream.substring(dash + 1));
            return k -> base + "-" + (first + k) + ".xlsx";
        }
        return k -> k == 0 ? stream + ".xlsx" : stream + "-" + (k + 1) + ".xlsx";
    }

    private static void closeAll(List<Out> outs, Part part) throws IOException {
        IOException first = null;
        for (Out out : outs) {
            try {
                out.sink.close();
            } catch (IOException | RuntimeException e) {
                if (first == null) {
                    first = e instanceof IOException io ? io : new IOException(e);
                }
                continue;
            }
            Map<String, Long> rejectsPerFile = new HashMap<>();
            for (Reject r : out.rejects) {
                rejectsPerFile.merge(r.file(), 1L, Long::sum);
            }
            for (TableSink.FileRows f : out.sink.files()) {
                part.files.add(new GenerationResult.FileCount(out.source.prefix(), f.file(), f.rows(),
                        rejectsPerFile.getOrDefault(f.file(), 0L)));
            }
            part.rejects.addAll(out.rejects);
        }
        if (first != null) {
            throw first;
        }
    }

    // ---------------------------------------------------------------- side files

    private static void writeRejects(Path dir, List<Reject> rejects) throws IOException {
        AtomicFiles.write(dir.resolve(PLANTED_REJECTS), out -> {
            ICSVWriter w = CsvText.open(out);
            w.writeNext(new String[] {"source", "file", "row", "column", "reason"}, false);
            for (Reject r : rejects) {
                w.writeNext(new String[] {r.source().prefix(), r.file(), Integer.toString(r.row()), r.column(),
                    r.reason()}, false);
            }
            w.flush();
        });
    }

    private static void writeExpectations(Path dir, List<Plan.Expectation> expectations) throws IOException {
        AtomicFiles.write(dir.resolve(PLANTED), out -> {
            ICSVWriter w = CsvText.open(out);
            w.writeNext(new String[] {"scenario", "rule", "subject_type", "subject_key", "expected", "detail"}, false);
            for (Plan.Expectation e : expectations) {
                w.writeNext(new String[] {e.scenario(), e.rule(), e.subjectType(), e.key(), e.fires() ? "fires" : "none",
                    e.detail()}, false);
            }
            w.flush();
        });
    }

    private static void writeSummary(GeneratorOptions o, Layout layout, GenerationResult result) throws IOException {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("entities", o.entities());
        s.put("seed", o.seed());
        s.put("messy", o.messy());
        s.put("xlsx", o.xlsx());
        s.put("as_of", o.asOf().toString());
        s.put("scope", o.scope() == null ? layout.regions.province().code() : o.scope());
        s.put("required_year_R13", layout.requiredYear);
        List<Map<String, Object>> files = new ArrayList<>();
        for (GenerationResult.FileCount f : result.files()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", f.source());
            m.put("file", f.file());
            m.put("rows", f.rows());
            m.put("planted_rejects", f.rejects());
            files.add(m);
        }
        s.put("files", files);
        s.put("counts_loaded", loadedCounts(result));
        s.put("planted_rejects", result.plantedRejects());
        Map<String, Object> planted = new LinkedHashMap<>();
        for (Scenario sc : Scenario.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("copies", result.planted().getOrDefault(sc.name(), 0L));
            m.put("what", sc.description);
            planted.put(sc.name(), m);
        }
        s.put("planted", planted);
        s.put("natural", result.natural());
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        AtomicFiles.write(o.outDir().resolve(SUMMARY), out -> {
            try {
                mapper.writeValue(out, s);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Rows each source should load: rows written minus planted rejects (duplicates included). */
    private static Map<String, Long> loadedCounts(GenerationResult result) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (GenerationResult.FileCount f : result.files()) {
            out.merge(f.source(), f.rows() - f.rejects(), Long::sum);
        }
        out.put("stations", result.counts().get("stations"));
        return out;
    }

    /**
     * Command-line entry for measuring: {@code <entities> <seed> <outDir> [--messy] [--xlsx] [--as-of=YYYY-MM-DD]
     * [--scope=CODE]}. The product's own launcher wires the generator as {@code jobs/xgz generate}.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("用法: <entities> <seed> <outDir> [--messy] [--xlsx] [--as-of=YYYY-MM-DD] [--scope=CODE]");
            System.exit(2);
        }
        GeneratorOptions o = new GeneratorOptions(Long.parseLong(args[0]), Long.parseLong(args[1]), Path.of(args[2]),
                false, false);
        for (int i = 3; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--messy")) {
                o = new GeneratorOptions(o.entities(), o.seed(), o.outDir(), true, o.xlsx(), o.asOf(), o.scope());
            } else if (a.equals("--xlsx")) {
                o = new GeneratorOptions(o.entities(), o.seed(), o.outDir(), o.messy(), true, o.asOf(), o.scope());
            } else if (a.startsWith("--as-of=")) {
                o = o.withAsOf(java.time.LocalDate.parse(a.substring(8)));
            } else if (a.startsWith("--scope=")) {
                o = o.withScope(a.substring(8));
            }
        }
        GenerationResult r = new SyntheticDataGenerator().generate(o);
        System.out.printf("entities=%d seconds=%.1f bytes=%d%n", o.entities(), r.elapsed().toMillis() / 1000.0,
                r.bytes());
        for (GenerationResult.FileCount f : r.files()) {
            System.out.printf("  %-28s %,12d rows %,6d rejects%n", f.file(), f.rows(), f.rejects());
        }
        System.out.println("counts " + r.counts());
    }
}
