package cn.xgz.recon.feedback;

import cn.xgz.recon.common.AtomicFiles;
import cn.xgz.recon.common.ContextJson;
import cn.xgz.recon.common.FileDigest;
import cn.xgz.recon.common.UsccCode;
import cn.xgz.recon.match.NameNormalizer;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.util.FileSystemUtils;

/**
 * Imports one returned file (feedback.md, import): reads it by header, checks each filled row against the history
 * and the file's scope, and stores what is new in one transaction with the import's record; the original, its
 * summary and its rejects go into the import's folder. Free text is never logged or printed.
 */
public final class FeedbackImporter {

    /** Longest 核查说明 / 核查单位 kept; a longer one is rejected rather than cut. */
    static final int MAX_TEXT = 2000;
    private static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private final FeedbackStore store;
    private final KnownFindings known;
    private final KnownRegistrations registrations;
    private final ScopeSignature signature;
    private final NameNormalizer normalizer;
    private final String provinceCode;
    private final Path feedbackDir;
    private final Clock clock;

    /**
     * @param registrations what a 指定主体's USCC must be one of
     * @param dataDir the data directory; imports are kept under its {@code feedback/}
     */
    public FeedbackImporter(FeedbackStore store, KnownFindings known, KnownRegistrations registrations,
            ScopeSignature signature, NameNormalizer normalizer, String provinceCode, Path dataDir, Clock clock) {
        this.store = store;
        this.known = known;
        this.registrations = registrations;
        this.signature = signature;
        this.normalizer = normalizer;
        this.provinceCode = provinceCode;
        this.feedbackDir = dataDir.resolve("feedback");
        this.clock = clock;
    }

    /**
     * Imports a file.
     *
     * @param operatorScope the operator's {@code --scope} (a city code or the province code, already checked), null
     *     when not given: then only a workbook signed by this installation is accepted
     */
    public ImportResult importFile(Path file, String operatorScope) throws IOException {
        String fileName = file.getFileName().toString();
        String sha = FileDigest.sha256(file);
        var before = store.importWithSha(sha);
        if (before.isPresent()) {
            return new ImportResult(ImportResult.Status.ALREADY_IMPORTED, fileName, sha, before.get().importedAt(), null,
                    before.get().scopeCode(), before.get().scopeSigned(), 0, 0, 0, 0, null, List.of());
        }
        LocalDateTime clockNow = LocalDateTime.now(clock);
        LocalDateTime now = clockNow.truncatedTo(ChronoUnit.SECONDS);
        Path folder = newFolder(clockNow, sha);
        ReturnedFileReader.Content content;
        FeedbackScope scope;
        LocalDate workbookRunDate = null;
        try {
            content = ReturnedFileReader.read(file);
            if (content.workbook() && content.scope() != null && signature.verify(content.scope().get(ScopeSignature.LABEL_SCOPE),
                    content.scope().get(ScopeSignature.LABEL_RUN_DATE), content.scope().get(ScopeSignature.LABEL_SIGNATURE))) {
                String code = content.scope().get(ScopeSignature.LABEL_SCOPE);
                scope = new FeedbackScope(code, code.equals(provinceCode), true);
                workbookRunDate = LocalDate.parse(content.scope().get(ScopeSignature.LABEL_RUN_DATE));
            } else if (operatorScope != null) {
                scope = new FeedbackScope(operatorScope, operatorScope.equals(provinceCode), false);
            } else if (!content.workbook()) {
                throw new FileRefusedException("CSV 文件不带签名，须由操作员以 --scope 指定其范围（市级代码或省级代码）");
            } else if (content.scope() == null) {
                throw new FileRefusedException("工作簿没有范围签名（不是本系统生成的工作簿）；如确认来源，请以 --scope 指定其范围");
            } else {
                throw new FileRefusedException("工作簿的范围签名无效：签名被改动，或来自其他安装；如确认来源，请以 --scope 指定其范围");
            }
        } catch (FileRefusedException e) {
            List<FeedbackReject> rejects = List.of(new FeedbackReject(fileName, "", 0, "", e.getMessage(), ""));
            ImportResult refused = new ImportResult(ImportResult.Status.REFUSED, fileName, sha, now, folder, null, false,
                    0, 0, 0, 0, e.getMessage(), rejects);
            writeFolder(folder, file, refused);
            return refused;
        }
        Checked checked = check(fileName, content, scope, workbookRunDate);
        int applied = checked.reviews.size() + checked.matches.size();
        ImportResult result = new ImportResult(ImportResult.Status.IMPORTED, fileName, sha, now, folder, scope.code(),
                scope.signed(), content.rowsRead(), applied, checked.unchanged, checked.rejects.size(), null, checked.rejects);
        Path tmp = feedbackDir.resolve("." + folder.getFileName() + ".tmp");
        writeFolder(tmp, file, result);
        try {
            store.save(new FeedbackStore.ImportRecord(0, fileName, sha, now, scope.code(), scope.signed(),
                    content.rowsRead(), applied, checked.unchanged, checked.rejects.size(), folder.toString()),
                    checked.reviews, checked.matches);
        } catch (RuntimeException e) {
            deleteTree(tmp);
            throw e;
        }
        Files.move(tmp, folder, StandardCopyOption.ATOMIC_MOVE);
        return result;
    }

    private record Checked(List<FeedbackStore.Located<Review>> reviews, List<FeedbackStore.Located<ManualMatch>> matches,
            int unchanged, List<FeedbackReject> rejects) {}

    private Checked check(String file, ReturnedFileReader.Content content, FeedbackScope scope, LocalDate workbookRunDate) {
        LocalDate today = LocalDate.now(clock);
        List<FeedbackReject> rejects = new ArrayList<>();
        Rejecter rej = new Rejecter(file, rejects);
        int seq = 0;

        // Reviews: each row on its own, then rows of one finding that contradict each other.
        Map<String, List<PendingReview>> byId = new LinkedHashMap<>();
        for (ReturnedRow r : content.reviews()) {
            seq++;
            PendingReview p = checkReview(r, seq, scope, workbookRunDate, today, rej);
            if (p != null) {
                byId.computeIfAbsent(p.review.findingId(), k -> new ArrayList<>()).add(p);
            }
        }
        Map<String, List<Review>> stored = store.reviews().stream().collect(Collectors.groupingBy(Review::findingId));
        List<FeedbackStore.Located<Review>> reviews = new ArrayList<>();
        int unchanged = 0;
        for (List<PendingReview> rows : byId.values()) {
            if (rows.stream().map(p -> p.review.outcome()).distinct().count() > 1) {
                String where = rows.stream().map(p -> where(p.row)).collect(Collectors.joining("、"));
                for (PendingReview p : rows) {
                    rej.reject(p.row, Columns.OUTCOME, "同一发现编号在本文件中出现多次且核查结论相互矛盾（" + where + "），均未导入",
                            p.review.outcome().label());
                }
                continue;
            }
            List<Review> seen = new ArrayList<>(stored.getOrDefault(rows.get(0).review.findingId(), List.of()));
            for (PendingReview p : rows) {
                Review r = p.review;
                if (seen.stream().anyMatch(s -> s.sameAs(r.findingId(), r.outcome(), r.reviewDate(), r.unit(), r.note()))) {
                    unchanged++;
                } else {
                    reviews.add(new FeedbackStore.Located<>(r, p.row.sheet(), p.row.row()));
                    seen.add(r);
                }
            }
        }

        Map<String, List<PendingMatch>> byKey = new LinkedHashMap<>();
        for (ReturnedRow r : content.names()) {
            seq++;
            PendingMatch p = checkMatch(r, seq, scope, today, rej);
            if (p != null) {
                byKey.computeIfAbsent(p.match.key(), k -> new ArrayList<>()).add(p);
            }
        }
        Map<String, List<ManualMatch>> storedMatches = store.matchDecisions().stream()
                .collect(Collectors.groupingBy(ManualMatch::key));
        List<FeedbackStore.Located<ManualMatch>> matches = new ArrayList<>();
        for (List<PendingMatch> rows : byKey.values()) {
            Set<String> decisions = rows.stream().map(p -> p.match.verdict() + "|" + p.match.uscc()).collect(Collectors.toSet());
            if (decisions.size() > 1) {
                String where = rows.stream().map(p -> where(p.row)).collect(Collectors.joining("、"));
                for (PendingMatch p : rows) {
                    rej.reject(p.row, Columns.VERDICT, "同一名称在本文件中有多行且人工确认相互矛盾（" + where + "），均未导入",
                            p.match.verdict().label());
                }
                continue;
            }
            List<ManualMatch> seen = new ArrayList<>(storedMatches.getOrDefault(rows.get(0).match.key(), List.of()));
            for (PendingMatch p : rows) {
                ManualMatch m = p.match;
                if (seen.stream().anyMatch(s -> s.verdict() == m.verdict() && s.uscc().equals(m.uscc())
                        && s.decidedOn().equals(m.decidedOn()) && java.util.Objects.equals(s.unit(), m.unit()))) {
                    unchanged++;
                } else {
                    matches.add(new FeedbackStore.Located<>(m, p.row.sheet(), p.row.row()));
                    seen.add(m);
                }
            }
        }
        rejects.sort(java.util.Comparator.comparing(FeedbackReject::sheet).thenComparingInt(FeedbackReject::row));
        return new Checked(reviews, matches, unchanged, rejects);
    }

    private record PendingReview(ReturnedRow row, Review review) {}

    private record PendingMatch(ReturnedRow row, ManualMatch match) {}

    private PendingReview checkReview(ReturnedRow r, int seq, FeedbackScope scope, LocalDate workbookRunDate,
            LocalDate today, Rejecter rej) {
        for (String col : Columns.REVIEW) {
            ReturnedRow.Cell c = r.cell(col);
            if (c != null && c.formula()) {
                rej.reject(r, col, "单元格是公式，该行未导入；请直接填写文字（如需以等号开头，请先输入单引号）", c.text());
                return null;
            }
        }
        String id = Text.squeeze(r.text(Columns.FINDING_ID));
        if (id.isEmpty()) {
            rej.reject(r, Columns.FINDING_ID, "缺少发现编号", "");
            return null;
        }
        var outcome = Outcome.parse(r.text(Columns.OUTCOME));
        if (outcome.isEmpty()) {
            rej.reject(r, Columns.OUTCOME, "核查结论不在可选范围（" + Outcome.LIST + "）", r.text(Columns.OUTCOME));
            return null;
        }
        LocalDate date = date(r, today, rej);
        if (date == null) {
            return null;
        }
        String unit = Text.trimToNull(r.text(Columns.UNIT));
        String note = Text.trimToNull(r.text(Columns.NOTE));
        if (tooLong(r, Columns.UNIT, unit, rej) || tooLong(r, Columns.NOTE, note, rej)) {
            return null;
        }
        if (!known.anyRun()) {
            rej.reject(r, Columns.FINDING_ID, "尚无已完成的比对运行，无法核对发现编号", id);
            return null;
        }
        KnownFindings.Facts now = known.current(id, workbookRunDate);
        if (now == null) {
            rej.reject(r, Columns.FINDING_ID, "发现编号不存在：最近一次比对结果中没有这条发现", id);
            return null;
        }
        if (!scope.covers(now.cityCode())) {
            rej.reject(r, Columns.FINDING_ID, "该发现属于" + (now.cityCode() == null ? "未知地市" : now.cityCode())
                    + "，不在本文件的范围（" + scope.code() + "）内，未导入", id);
            return null;
        }
        KnownFindings.Facts then = known.asOf(id, date);
        return new PendingReview(r, new Review(id, outcome.get(), date, unit, note, 0, seq,
                then == null ? null : then.metric(), then == null ? null : then.basis()));
    }

    private PendingMatch checkMatch(ReturnedRow r, int seq, FeedbackScope scope, LocalDate today, Rejecter rej) {
        for (String col : Columns.NAMES_CSV) {
            ReturnedRow.Cell c = r.cell(col);
            if (c != null && c.formula()) {
                rej.reject(r, col, "单元格是公式，该行未导入；请直接填写文字", c.text());
                return null;
            }
        }
        var source = NameSource.parse(r.text(Columns.NAME_SOURCE));
        if (source.isEmpty()) {
            rej.reject(r, Columns.NAME_SOURCE, "名称来源应为 党员工作单位 或 党组织覆盖单位", nullToEmpty(r.text(Columns.NAME_SOURCE)));
            return null;
        }
        String name = Text.trimToNull(r.text(Columns.NAME));
        String normalized = name == null ? "" : normalizer.normalize(name).full();
        if (normalized.isEmpty()) {
            rej.reject(r, Columns.NAME, "缺少单位名称", nullToEmpty(name));
            return null;
        }
        var verdict = MatchVerdict.parse(r.text(Columns.VERDICT));
        if (verdict.isEmpty()) {
            rej.reject(r, Columns.VERDICT, "人工确认不在可选范围（" + MatchVerdict.LIST + "）", r.text(Columns.VERDICT));
            return null;
        }
        LocalDate date = date(r, today, rej);
        if (date == null) {
            return null;
        }
        String assigned = Text.squeeze(r.text(Columns.ASSIGNED_USCC)).toUpperCase(Locale.ROOT);
        String matched = Text.squeeze(r.text(Columns.MATCHED_USCC)).toUpperCase(Locale.ROOT);
        String uscc;
        String column;
        if (verdict.get() == MatchVerdict.ASSIGN || !assigned.isEmpty()) {
            uscc = assigned;
            column = Columns.ASSIGNED_USCC;
            if (uscc.isEmpty()) {
                rej.reject(r, column, "指定主体须填写指定统一社会信用代码", "");
                return null;
            }
        } else {
            uscc = matched;
            column = Columns.MATCHED_USCC;
            if (uscc.isEmpty()) {
                rej.reject(r, Columns.ASSIGNED_USCC, verdict.get().label() + "须有匹配主体：请在“指定统一社会信用代码”中填写该主体的代码", "");
                return null;
            }
        }
        UsccCode.Problem problem = UsccCode.check(uscc);
        if (problem != null) {
            rej.reject(r, column, problem.message(), uscc);
            return null;
        }
        // The registration's 登记管理机关 code (characters 3–8) places it; a city's file decides only its city's names.
        String city = uscc.substring(2, 6) + "00";
        if (!scope.covers(city)) {
            rej.reject(r, column, "该主体的登记机关属于" + city + "，不在本文件的范围（" + scope.code() + "）内，未导入", uscc);
            return null;
        }
        // An analyst's typed code must name a registration (feedback.md): a typo would otherwise move members onto
        // nothing. The codes of the matched column are the system's own candidates.
        if (column.equals(Columns.ASSIGNED_USCC) && !registrations.registered(uscc)) {
            rej.reject(r, column, registrations.runDate() == null
                    ? "尚无保存了经营主体登记的比对运行，无法核对指定的统一社会信用代码，该行未导入；请在下一次每日比对后重新退回"
                    : "指定的统一社会信用代码不在最近一次比对运行（" + registrations.runDate() + "）的经营主体登记中，该行未导入；"
                            + "请核对代码，或待该主体登记后重新退回", uscc);
            return null;
        }
        String unit = Text.trimToNull(r.text(Columns.UNIT));
        if (tooLong(r, Columns.UNIT, unit, rej)) {
            return null;
        }
        return new PendingMatch(r, new ManualMatch(source.get(), normalized, name, verdict.get(), uscc, date, unit, 0, seq));
    }

    private static LocalDate date(ReturnedRow r, LocalDate today, Rejecter rej) {
        ReturnedRow.Cell cell = r.cell(Columns.DATE);
        if (cell == null) {
            rej.reject(r, Columns.DATE, "缺少核查日期", "");
            return null;
        }
        LocalDate date = ReviewDates.parse(cell);
        if (date == null) {
            rej.reject(r, Columns.DATE, "核查日期不是有效日期（应如 2025-10-15）", cell.text());
            return null;
        }
        if (date.isAfter(today)) {
            rej.reject(r, Columns.DATE, "核查日期晚于今天（" + today + "）", date.toString());
            return null;
        }
        return date;
    }

    private static boolean tooLong(ReturnedRow r, String column, String text, Rejecter rej) {
        if (text != null && text.length() > MAX_TEXT) {
            rej.reject(r, column, column + "超过" + MAX_TEXT + "字，该行未导入", text.substring(0, 50) + "…");
            return true;
        }
        return false;
    }

    private static String where(ReturnedRow r) {
        return (r.sheet().isEmpty() ? "" : r.sheet() + " ") + "第" + r.row() + "行";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Collects rejects with the file's name. */
    private record Rejecter(String file, List<FeedbackReject> out) {
        void reject(ReturnedRow r, String column, String reason, String value) {
            out.add(new FeedbackReject(file, r.sheet(), r.row(), column, reason, value == null ? "" : value));
        }
    }

    private static void writeFolder(Path folder, Path original, ImportResult result) throws IOException {
        Files.createDirectories(folder);
        Files.copy(original, folder.resolve(original.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        FeedbackRejectsCsv.write(folder, result.rejects());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("file", result.file());
        summary.put("sha256", result.sha256());
        summary.put("importedAt", result.importedAt().toString());
        summary.put("status", result.status().name());
        summary.put("scope", result.scope());
        summary.put("scopeSigned", result.scopeSigned());
        summary.put("rowsRead", result.rowsRead());
        summary.put("rowsApplied", result.applied());
        summary.put("rowsUnchanged", result.unchanged());
        summary.put("rowsRejected", result.rejected());
        if (result.problem() != null) {
            summary.put("problem", result.problem());
        }
        AtomicFiles.write(folder.resolve("import-summary.json"),
                o -> ContextJson.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(o, summary));
    }

    /**
     * A folder of its own for this attempt (feedback.md: time and SHA); the same file sent twice in one second
     * (refused, then sent again with a scope) gets a "-2" folder, since every attempt keeps its original.
     */
    private Path newFolder(LocalDateTime at, String sha) {
        String base = FOLDER_TIME.format(at) + "-" + sha.substring(0, 8);
        Path folder = feedbackDir.resolve(base);
        for (int n = 2; Files.exists(folder) || Files.exists(feedbackDir.resolve("." + folder.getFileName() + ".tmp")); n++) {
            folder = feedbackDir.resolve(base + "-" + n);
        }
        return folder;
    }

    private static void deleteTree(Path dir) {
        try {
            FileSystemUtils.deleteRecursively(dir);
        } catch (IOException e) {
            // best effort: a leftover .tmp folder is ignored by everything and replaced by the next attempt
        }
    }

    /** The stored counts keyed as run-summary.json lists an import. */
    public static Map<String, Object> summaryOf(FeedbackStore.ImportRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", r.fileName());
        m.put("sha256", r.sha256());
        m.put("importedAt", r.importedAt().toString());
        m.put("scope", r.scopeCode());
        m.put("rowsRead", r.rowsRead());
        m.put("rowsApplied", r.rowsApplied());
        m.put("rowsUnchanged", r.rowsUnchanged());
        m.put("rowsRejected", r.rowsRejected());
        m.put("folder", r.folder());
        return m;
    }
}
