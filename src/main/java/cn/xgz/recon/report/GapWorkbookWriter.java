package cn.xgz.recon.report;

import cn.xgz.recon.common.AtomicFiles;
import cn.xgz.recon.reference.IndustryTable;
import cn.xgz.recon.reference.Region;
import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.RuleCode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the analysts' gap workbook ({@code gap-report-<yyyyMMdd>.xlsx}) and its per-city cuts
 * ({@code by-city/<city_code>-<city_name>.xlsx}) with streaming SXSSF: rows are flushed to a temporary file
 * as they are written, so a million findings do not need a million rows of heap. Sheets, in order: 汇总, one
 * sheet per rule with findings, 联建建议, 专业市场台账, 已销号, 数据质量.
 *
 * <p>A writer holds no mutable state: one instance can write several workbooks at the same time.
 */
public final class GapWorkbookWriter {

    /** Excel's row limit; a longer table continues on a second sheet. */
    public static final int EXCEL_MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    /** The sub-folder of the run folder that holds the per-city workbooks. */
    public static final String BY_CITY = "by-city";

    /** Earlier nightly runs the 趋势 sheet shows besides this one. */
    public static final int PAST_RUNS_SHOWN = TrendSheet.MAX_NIGHTLY - 1;

    /** The sub-folder of the run folder that holds the per-county workbooks, where a 市场监管所 finds its full lists. */
    public static final String BY_COUNTY = "by-county";

    /**
     * Data rows a workbook holds at most before its largest rules are listed as counts per county: what Excel and WPS
     * open on an ordinary office PC (some 50 MB).
     */
    public static final long MAX_DATA_ROWS = 200_000;

    private static final int DEFAULT_WINDOW = 64;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final int maxRowsPerSheet;
    private final int window;
    private final boolean compressTempFiles;
    private final IndustryTable industries;
    private final long maxDataRows;

    public GapWorkbookWriter() {
        // Plain temporary files: gzip'ing them cost a deflate and an inflate per row for disk space that is cheap.
        this(EXCEL_MAX_ROWS, DEFAULT_WINDOW, false);
    }

    public GapWorkbookWriter(int maxRowsPerSheet, int window, boolean compressTempFiles) {
        this(maxRowsPerSheet, window, compressTempFiles, MAX_DATA_ROWS);
    }

    /**
     * @param maxRowsPerSheet rows per sheet before a table continues on the next (tests use a small limit)
     * @param window rows kept in memory per sheet before they are flushed to the temporary file
     * @param compressTempFiles gzip the temporary sheet files (a million rows are some 100 MB of XML unzipped)
     * @param maxDataRows rows a workbook holds before its largest rules become counts per county (tests use a small cap)
     */
    public GapWorkbookWriter(int maxRowsPerSheet, int window, boolean compressTempFiles, long maxDataRows) {
        if (maxRowsPerSheet < 8 || maxRowsPerSheet > EXCEL_MAX_ROWS) {
            throw new IllegalArgumentException("每表行数上限应在 8 与 " + EXCEL_MAX_ROWS + " 之间: " + maxRowsPerSheet);
        }
        this.maxRowsPerSheet = maxRowsPerSheet;
        this.window = window;
        this.compressTempFiles = compressTempFiles;
        this.industries = IndustryTable.standard();
        this.maxDataRows = maxDataRows;
    }

    /** {@code gap-report-20250930.xlsx}. */
    public static String fileName(LocalDate runDate) {
        return "gap-report-" + runDate.format(DAY) + ".xlsx";
    }

    /** {@code 350100-福州市.xlsx}. */
    public static String cityFileName(Region city) {
        return regionFileName(city);
    }

    /** {@code 350102-鼓楼区.xlsx}. */
    public static String regionFileName(Region region) {
        return region.code() + "-" + region.name() + ".xlsx";
    }

    /**
     * The USCCs whose 住所 the 任务清单 shows (open findings of entities and of markets' 开办者), each mapped to "" for
     * the caller to fill in from the registrations; pass the filled map to {@link EntityContacts#of}.
     */
    public static Map<String, String> addressesWanted(GapReportInput in) {
        return TaskSheet.addressesWanted(in);
    }

    /** The counties (in code order) of the region table that have at least one finding of any status. */
    public static Set<String> countiesWithFindings(GapReportInput in) {
        Set<String> counties = new TreeSet<>();
        for (Finding f : in.findings()) {
            if (f.regionCode() != null && !counties.contains(f.regionCode()) && in.regions().isCounty(f.regionCode())) {
                counties.add(f.regionCode());
            }
        }
        return counties;
    }

    /** The cities (in code order) that have at least one finding of any status: each gets its own workbook. */
    public static Set<String> citiesWithFindings(GapReportInput in) {
        Set<String> cities = new TreeSet<>();
        for (Finding f : in.findings()) {
            String city = f.cityCode();
            if (city != null && in.regions().find(city).filter(r -> r.level() == 2).isPresent()) {
                cities.add(city);
            }
        }
        return cities;
    }

    /** Writes {@code <runDir>/gap-report-<yyyyMMdd>.xlsx} atomically and returns its path. */
    public Path writeJurisdiction(GapReportInput in, Path runDir) throws IOException {
        return writeJurisdiction(new ReportContext(in, industries), runDir);
    }

    /** Writes {@code <runDir>/by-city/<code>-<name>.xlsx} for one city atomically and returns its path. */
    public Path writeCity(GapReportInput in, String cityCode, Path runDir) throws IOException {
        return writeCity(new ReportContext(in, industries), cityCode, runDir);
    }

    /** Writes {@code <runDir>/by-county/<code>-<name>.xlsx} for one county atomically and returns its path. */
    public Path writeCounty(GapReportInput in, String countyCode, Path runDir) throws IOException {
        return writeCounty(new ReportContext(in, industries), countyCode, runDir);
    }

    /**
     * The jurisdiction's workbook, one workbook per city and one per county with findings (outputs.md: the county's
     * full lists, where a 市场监管所 works), written in parallel on {@code pool} (the caller owns the pool). Returns the written paths, the
     * jurisdiction's first. When one fails, the
     * others still finish and the first failure is thrown.
     */
    public List<Path> writeAll(GapReportInput in, Path runDir, ExecutorService pool) throws IOException {
        ReportContext ctx = new ReportContext(in, industries);
        List<Future<Path>> futures = new ArrayList<>();
        futures.add(pool.submit(() -> writeJurisdiction(ctx, runDir)));
        for (String city : citiesWithFindings(in)) {
            futures.add(pool.submit(() -> writeCity(ctx, city, runDir)));
        }
        for (String county : countiesWithFindings(in)) {
            futures.add(pool.submit(() -> writeCounty(ctx, county, runDir)));
        }
        List<Path> paths = new ArrayList<>();
        IOException failure = null;
        for (Future<Path> f : futures) {
            try {
                paths.add(f.get());
            } catch (ExecutionException e) {
                IOException io = e.getCause() instanceof IOException x ? x : new IOException("差异报告写入失败", e.getCause());
                if (failure == null) {
                    failure = io;
                } else {
                    failure.addSuppressed(io);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("差异报告写入被中断", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return paths;
    }

    private Path writeJurisdiction(ReportContext ctx, Path runDir) throws IOException {
        Path target = runDir.resolve(fileName(ctx.runDate()));
        AtomicFiles.write(target, out -> write(ctx, Scope.all(), out), ctx.input().revealPii());
        return target;
    }

    private Path writeCity(ReportContext ctx, String cityCode, Path runDir) throws IOException {
        Region city = ctx.regions().find(cityCode)
                .filter(r -> r.level() == 2)
                .orElseThrow(() -> new IllegalArgumentException("区划表中没有该地市: " + cityCode));
        Path target = runDir.resolve(BY_CITY).resolve(cityFileName(city));
        AtomicFiles.write(target, out -> write(ctx, Scope.city(city), out), ctx.input().revealPii());
        return target;
    }

    private Path writeCounty(ReportContext ctx, String countyCode, Path runDir) throws IOException {
        Region county = ctx.regions().find(countyCode)
                .filter(r -> ctx.regions().isCounty(r.code()))
                .orElseThrow(() -> new IllegalArgumentException("区划表中没有该县级区划: " + countyCode));
        Path target = runDir.resolve(BY_COUNTY).resolve(regionFileName(county));
        AtomicFiles.write(target, out -> write(ctx, Scope.county(county), out), ctx.input().revealPii());
        return target;
    }

    /** The workbook of one scope, streamed to {@code out}. */
    void write(ReportContext ctx, Scope scope, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new FastZipWorkbook(window, compressTempFiles);
        try {
            Styles styles = new Styles(wb);
            WorkbookPlan plan = WorkbookPlan.of(ctx, scope, maxDataRows);
            Map<RuleCode, String> ruleSheets = new EnumMap<>(RuleCode.class);
            plan.findings().keySet().forEach(rule -> ruleSheets.put(rule, SheetNames.part(rule.sheetTitle(), 1)));
            // 不属实 findings leave their rule sheet for 已排除 (feedback.md); WorkbookPlan leaves them out of the lists.
            List<Finding> excluded = new ArrayList<>();
            if (!ctx.reviews().isEmpty()) {
                for (RuleCode rule : RuleCode.values()) {
                    ctx.findings(rule, scope).stream().filter(ctx.reviews()::excluded).forEach(excluded::add);
                }
            }
            SummarySheet.write(wb, styles, ctx, scope, ruleSheets);
            TrendSheet.write(wb, styles, ctx, scope);
            TaskSheet.write(wb, styles, ctx, scope, plan.counted(), maxRowsPerSheet);
            for (Map.Entry<RuleCode, List<Finding>> e : plan.findings().entrySet()) {
                RuleCode rule = e.getKey();
                if (plan.counted().contains(rule)) {
                    OtherSheets.counted(wb, styles, ctx, scope, rule, e.getValue(), maxRowsPerSheet);
                    continue;
                }
                TableWriter<Finding> t = new TableWriter<>(wb, styles, ctx, scope, rule.sheetTitle(),
                        rule.sheetTitle() + "（严重程度：" + rule.severity().label() + "）", FindingColumns.forRule(rule, ctx),
                        maxRowsPerSheet);
                for (Finding f : e.getValue()) {
                    t.add(f);
                }
                t.finish();
            }
            OtherSheets.proposals(wb, styles, ctx, scope, maxRowsPerSheet);
            OtherSheets.markets(wb, styles, ctx, scope, maxRowsPerSheet);
            OtherSheets.resolved(wb, styles, ctx, scope, plan, maxRowsPerSheet);
            OtherSheets.quality(wb, styles, ctx, scope, maxRowsPerSheet);
            if (!excluded.isEmpty()) {
                FeedbackSheets.excluded(wb, styles, ctx, scope, excluded, maxRowsPerSheet);
            }
            FeedbackSheets.progress(wb, styles, ctx, scope, maxRowsPerSheet);
            FeedbackSheets.matches(wb, styles, ctx, scope, maxRowsPerSheet);
            FeedbackSheets.scope(wb, ctx, scope);
            wb.setActiveSheet(0);
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }
}
