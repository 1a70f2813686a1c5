package cn.xgz.recon.ingest;

import cn.xgz.recon.common.IdNumber;
import cn.xgz.recon.common.UsccCode;
import cn.xgz.recon.ingest.table.RawRow;
import cn.xgz.recon.ingest.table.ReadLimits;
import cn.xgz.recon.ingest.table.TableReader;
import cn.xgz.recon.ingest.table.TableReaders;
import cn.xgz.recon.ingest.value.TextCleaner;
import cn.xgz.recon.reference.Region;
import cn.xgz.recon.reference.RegionTable;
import cn.xgz.recon.source.Registration;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Read + validate throughput on a generated registrations CSV (1M rows by default, about the per-row size of a
 * province extract: 7M rows are 1.5 GB). Not a test: run it by hand, e.g.
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx1g -cp target/test-classes:target/classes:$(cat target/cp.txt) cn.xgz.recon.ingest.IngestBenchmark [rows] [gb18030]
 * </pre>
 *
 * Each phase runs twice and the second (warm) run is reported, so the figures separate the encoding check, OpenCSV's
 * parsing, cleaning, and validation.
 */
public final class IngestBenchmark {

    private static final String[] SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高".split("");
    private static final String[] GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂".split("");
    private static final String[] WORDS = "鑫源达恒泰丰华盛兴隆昌荣福瑞祥和美佳宏发鼎晟".split("");
    private static final String[] KINDS = {"商行", "便利店", "小吃店", "理发店", "五金店", "贸易有限公司", "餐饮管理有限公司",
        "建材有限公司", "果蔬店", "信息技术有限公司"};
    private static final String[] STREETS = {"五一路", "八一七路", "湖东路", "华林路", "中山路", "人民路", "解放路"};

    private IngestBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        if (args.length > 1 && args[1].equalsIgnoreCase("xlsx")) {
            xlsx(rows);
            return;
        }
        boolean gb = args.length > 1 && args[1].equalsIgnoreCase("gb18030");
        Charset charset = gb ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
        Path file = Files.createTempFile("registrations-bench-", ".csv");
        try {
            long t0 = System.nanoTime();
            write(file, rows, charset);
            double mb = Files.size(file) / 1e6;
            System.out.printf("wrote %,d rows, %.0f MB (%s) in %.1f s%n", rows, mb, charset, secs(t0));

            for (int run = 1; run <= 3; run++) {
                System.out.printf("-- run %d%n", run);
                cpuStart = THREADS.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                try (TableReader r = TableReaders.open(file, ReadLimits.defaults())) {
                    report("encoding check (opening the reader)", r.header().size(), mb, t);
                }

                cpuStart = THREADS.getCurrentThreadCpuTime();
                t = System.nanoTime();
                long n = parseOnly(file, charset, false);
                report("OpenCSV RFC 4180 parse only", n, mb, t);

                cpuStart = THREADS.getCurrentThreadCpuTime();
                t = System.nanoTime();
                n = parseOnly(file, charset, true);
                report("OpenCSV parse + TextCleaner", n, mb, t);

                cpuStart = THREADS.getCurrentThreadCpuTime();
                t = System.nanoTime();
                n = tableOnly(file);
                report("TableReader (detect + parse + clean)", n, mb, t);

                cpuStart = THREADS.getCurrentThreadCpuTime();
                t = System.nanoTime();
                long[] counts = readAndValidate(file);
                report("SourceFileReader (read + validate + dedupe)", counts[0], mb, t);
                System.out.printf("   loaded %,d, rejected %,d%n", counts[1], counts[2]);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * The same rows as an .xlsx (written with SXSSF, so inline strings), read back through SourceFileReader. Run it
     * with a small heap (e.g. -Xmx200m) to see that the reader streams.
     */
    private static void xlsx(int rows) throws Exception {
        Path csv = Files.createTempFile("registrations-bench-", ".csv");
        Path xlsx = Files.createTempFile("registrations-bench-", ".xlsx");
        try {
            write(csv, rows, StandardCharsets.UTF_8);
            long t0 = System.nanoTime();
            try (TableReader r = TableReaders.open(csv, ReadLimits.defaults());
                    org.apache.poi.xssf.streaming.SXSSFWorkbook wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100);
                    OutputStream out = Files.newOutputStream(xlsx)) {
                org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet("registrations");
                org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
                for (int i = 0; i < r.header().size(); i++) {
                    header.createCell(i).setCellValue(r.header().get(i));
                }
                RawRow row;
                int n = 1;
                while ((row = r.next()) != null) {
                    org.apache.poi.ss.usermodel.Row x = sheet.createRow(n++);
                    for (int i = 0; i < row.width(); i++) {
                        if (row.value(i) != null) {
                            x.createCell(i).setCellValue(row.value(i));
                        }
                    }
                }
                wb.write(out);
            }
            System.out.printf("wrote %,d rows as xlsx, %.0f MB, in %.1f s; max heap %d MB%n", rows,
                    Files.size(xlsx) / 1e6, secs(t0), Runtime.getRuntime().maxMemory() >> 20);
            for (int run = 1; run <= 2; run++) {
                cpuStart = THREADS.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                long[] counts = readAndValidate(xlsx);
                report("xlsx SourceFileReader (read + validate)", counts[0], Files.size(xlsx) / 1e6, t);
                System.out.printf("   loaded %,d, rejected %,d, heap used now %d MB%n", counts[1], counts[2],
                        (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
            }
        } finally {
            Files.deleteIfExists(csv);
            Files.deleteIfExists(xlsx);
        }
    }

    private static long parseOnly(Path file, Charset charset, boolean clean) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            if (charset.equals(StandardCharsets.UTF_8)) {
                in.skipNBytes(3);
            }
            CSVReader csv = new CSVReaderBuilder(new BufferedReader(new InputStreamReader(in, charset), 1 << 16))
                    .withCSVParser(new RFC4180ParserBuilder().build()).build();
            long n = 0;
            String[] fields;
            while ((fields = csv.readNext()) != null) {
                if (clean) {
                    for (int i = 0; i < fields.length; i++) {
                        fields[i] = TextCleaner.clean(fields[i]);
                    }
                }
                n++;
            }
            return n - 1;
        }
    }

    private static long tableOnly(Path file) {
        try (TableReader r = TableReaders.open(file, ReadLimits.defaults())) {
            long n = 0;
            RawRow row;
            while ((row = r.next()) != null) {
                n += row.width() > 0 ? 1 : 0;
            }
            return n;
        }
    }

    private static long[] readAndValidate(Path file) {
        IngestContext context = IngestContext.standard(LocalDate.of(2025, 7, 1));
        try (SourceFileReader<Registration> r = SourceFileReader.open(file, SourceSchemas.REGISTRATIONS, context,
                ReadLimits.defaults(), new DuplicateKeys())) {
            while (r.next() != null) {
                // the outcome would go to the staging writer
            }
            FileCounts c = r.counts();
            return new long[] {c.read(), c.loaded(), c.rejected()};
        }
    }

    private static void write(Path file, int rows, Charset charset) throws Exception {
        List<Region> counties = RegionTable.fujian().counties();
        String[] industries = {"5292", "F5292", "804", "143", "6020", "5212", "7299", "5181", "491", "8030"};
        String[] dates = {"%d-%02d-%02d", "%d/%d/%d", "%d.%d.%d", "%d%02d%02d", "%d年%d月%d日"};
        Random random = new Random(7);
        try (OutputStream out = Files.newOutputStream(file);
                Writer w = new BufferedWriter(new java.io.OutputStreamWriter(out, charset), 1 << 16)) {
            if (charset.equals(StandardCharsets.UTF_8)) {
                w.write('\uFEFF');
            }
            w.write("统一社会信用代码,主体名称,主体类型,企业规模,行政区划代码,市场监管所代码,市场监管所,行业代码,成立日期,登记状态,"
                    + "法定代表人（经营者）,法定代表人证件号码,所在市场编号,从业人数,住所\r\n");
            StringBuilder sb = new StringBuilder(256);
            for (int i = 0; i < rows; i++) {
                Region county = counties.get(random.nextInt(counties.size()));
                boolean company = random.nextInt(3) == 0;
                String first17 = (company ? "91" : "92") + county.code() + "MA"
                        + String.format("%07d", i % 10_000_000).replace('0', 'A').substring(0, 7)
                        + (char) ('0' + random.nextInt(10));
                String uscc = first17.substring(0, 17) + UsccCode.checkChar(first17.substring(0, 17));
                String idFirst17 = county.code() + (1950 + random.nextInt(50)) + String.format("%02d%02d%03d",
                        1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000));
                String id = idFirst17 + IdNumber.checkChar(idFirst17);
                int y = 1995 + random.nextInt(30);
                int m = 1 + random.nextInt(12);
                int d = 1 + random.nextInt(28);
                sb.setLength(0);
                sb.append(uscc).append(',')
                        .append(pick(random, WORDS)).append(pick(random, WORDS)).append(pick(random, WORDS))
                        .append(pick(random, KINDS)).append(',')
                        .append(company ? "企业" : "个体工商户").append(',')
                        .append(company ? "小型" : "").append(',')
                        .append(county.code()).append(',')
                        .append(county.code()).append("01,")
                        .append(county.name()).append("东街市场监管所,")
                        .append(pick(random, industries)).append(',')
                        .append(String.format(pick(random, dates), y, m, d)).append(',')
                        .append(random.nextInt(20) == 0 ? "在营" : "存续").append(',')
                        .append(pick(random, SURNAMES)).append(pick(random, GIVEN)).append(pick(random, GIVEN))
                        .append(',').append(id).append(",,")
                        .append(random.nextInt(50)).append(',')
                        .append("福建省").append(county.name()).append(pick(random, STREETS))
                        .append(1 + random.nextInt(200)).append("号\r\n");
                w.append(sb);
            }
        }
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private static long cpuStart;

    /** Wall time and this thread's CPU time: the machine is shared, so CPU time is the steadier figure. */
    private static void report(String phase, long rows, double mb, long start) {
        double s = secs(start);
        double cpu = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf("%-45s %,10d rows  wall %6.2f s %,10.0f rows/s %6.1f MB/s | cpu %6.2f s %,10.0f rows/s%n",
                phase, rows, s, rows / s, mb / s, cpu, rows / cpu);
        cpuStart = THREADS.getCurrentThreadCpuTime();
    }

    private static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
