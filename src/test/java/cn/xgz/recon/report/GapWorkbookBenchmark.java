package cn.xgz.recon.report;

import cn.xgz.recon.match.MatchDecision;
import cn.xgz.recon.match.MatchMethod;
import cn.xgz.recon.reference.Region;
import cn.xgz.recon.rules.CountyFigures;
import cn.xgz.recon.rules.EntityFact;
import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.FindingStatus;
import cn.xgz.recon.rules.NameResolutionRecord;
import cn.xgz.recon.rules.ReconciliationResult;
import cn.xgz.recon.rules.RuleCode;
import cn.xgz.recon.rules.SubjectType;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes the gap workbook for a million synthetic findings and prints the time and the heap it took. Not a test:
 * run it by hand, e.g.
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     cn.xgz.recon.report.GapWorkbookBenchmark 1000000 /tmp/xgz-bench [mix|one-rule] [cities]
 * </pre>
 */
public final class GapWorkbookBenchmark {

    private GapWorkbookBenchmark() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path out = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/benchmark"));
        boolean oneRule = args.length > 2 && args[2].equals("one-rule");
        boolean cities = args.length > 3 && args[3].equals("cities");
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();

        long t0 = System.nanoTime();
        GapReportInput in = input(n, oneRule);
        System.gc();
        long baseline = mem.getHeapMemoryUsage().getUsed();
        System.out.printf("input: %,d findings built in %s; heap in use after GC %,d MB (the input itself)%n", n,
                Duration.ofNanos(System.nanoTime() - t0), baseline >> 20);

        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(mem.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();

        boolean compress = Boolean.parseBoolean(System.getProperty("bench.compress", "true"));
        GapWorkbookWriter writer = new GapWorkbookWriter(GapWorkbookWriter.EXCEL_MAX_ROWS, 64, compress);
        System.out.println("temporary files compressed: " + compress);
        long t1 = System.nanoTime();
        Path file = writer.writeJurisdiction(in, out);
        long writeNanos = System.nanoTime() - t1;
        long peakMain = peak.get();
        System.out.printf("jurisdiction workbook: %s, %,d bytes, written in %.1f s; peak heap in use %,d MB (%,d MB above the input)%n",
                file.getFileName(), Files.size(file), writeNanos / 1e9, peakMain >> 20, (peakMain - baseline) >> 20);

        if (cities) {
            peak.set(0);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            long t2 = System.nanoTime();
            List<Path> all = writer.writeAll(in, out, pool);
            pool.shutdown();
            System.out.printf("writeAll (jurisdiction + %d cities, 2 threads): %.1f s; peak heap in use %,d MB%n", all.size() - 1,
                    (System.nanoTime() - t2) / 1e9, peak.get() >> 20);
        }
        sampler.interrupt();
        System.out.printf("max heap (-Xmx) %,d MB%n", Runtime.getRuntime().maxMemory() >> 20);
    }

    /** A jurisdiction-wide run: findings spread over every county, in the mix a provincial run would have. */
    static GapReportInput input(int n, boolean oneRule) {
        Random rnd = new Random(42);
        List<Region> counties = Fixtures.REGIONS.counties();
        RuleCode[] mix = {RuleCode.R13, RuleCode.R13, RuleCode.R13, RuleCode.R13, RuleCode.R03, RuleCode.R03, RuleCode.R03,
            RuleCode.R06, RuleCode.R04, RuleCode.R05, RuleCode.R12, RuleCode.R02, RuleCode.R07, RuleCode.R08, RuleCode.R01,
            RuleCode.R09, RuleCode.R10, RuleCode.R11};
        Map<String, EntityFact> facts = new HashMap<>();
        List<NameResolutionRecord> resolutions = new ArrayList<>();
        List<Finding> findings = new ArrayList<>(n);
        LocalDate run = Fixtures.RUN;
        String[] trades = {"贸易有限公司", "餐饮店", "服装店", "五金商行", "茶叶店", "电子商务有限公司"};
        for (int i = 0; i < n; i++) {
            RuleCode rule = oneRule ? RuleCode.R13 : mix[rnd.nextInt(mix.length)];
            String county = counties.get(rnd.nextInt(counties.size())).code();
            SubjectType type = switch (rule) {
                case R01 -> SubjectType.MARKET;
                case R04, R05, R12 -> SubjectType.PERSON;
                case R09, R11 -> SubjectType.ORG;
                case R10 -> SubjectType.STATION;
                default -> SubjectType.ENTITY;
            };
            String key;
            String name;
            if (type == SubjectType.ENTITY) {
                key = Fixtures.uscc(county, i);
                name = Fixtures.REGIONS.nameOf(county) + "示例" + Integer.toString(i, 36) + trades[i % trades.length];
                facts.put(key, new EntityFact(key, name, county, "示例市场监管所", null, "F", true, true, i % 3, i % 2, i % 4, i % 4, 2024,
                        null, List.of(), "王小明", "存续"));
            } else if (type == SubjectType.PERSON) {
                key = "P" + String.format("%016x", (long) i * 2654435761L);
                name = "张" + "*".repeat(1 + i % 2);
                resolutions.add(new NameResolutionRecord("MEMBER", key, "示例单位" + i, null,
                        new MatchDecision(MatchMethod.FUZZY, null, 0.9, null, 0, null, List.of())));
            } else {
                key = type.name().charAt(0) + Integer.toString(i);
                name = "示例" + i;
            }
            FindingStatus status = FindingStatus.values()[rnd.nextInt(10) < 6 ? 1 : rnd.nextInt(10) < 8 ? 0 : 2];
            LocalDate first = status == FindingStatus.NEW ? run : run.minusDays(1 + rnd.nextInt(300));
            findings.add(new Finding(rule, type, key, name, county, null, rule == RuleCode.R13 ? 2024 : 1 + i % 5, null,
                    name + "未报送2024年度报告，请督促补报。第" + i + "条。", status, first));
        }
        findings.sort(Finding.CSV_ORDER);
        List<CountyFigures> cf = new ArrayList<>();
        for (Region c : counties) {
            cf.add(Fixtures.county(c.code(), 1000, 2000, 500, 100));
        }
        ReconciliationResult result = new ReconciliationResult(run, List.of(), List.of(), new Fixtures.MapFacts(facts), List.of(), cf,
                resolutions, List.of(), Map.of());
        return new GapReportInput(result, findings, Map.of(), List.of(), Fixtures.REGIONS, false);
    }
}
