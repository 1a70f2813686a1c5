package cn.xgz.recon.ingest.batch;

import cn.xgz.recon.common.PersonKeys;
import cn.xgz.recon.ingest.IngestContext;
import cn.xgz.recon.ingest.InputPlan;
import cn.xgz.recon.ingest.Reject;
import cn.xgz.recon.ingest.RejectedKeys;
import cn.xgz.recon.ingest.SourceSchema;
import cn.xgz.recon.ingest.SourceSchemas;
import cn.xgz.recon.ingest.table.ReadLimits;
import cn.xgz.recon.source.AnnualReport;
import cn.xgz.recon.source.AnnualReportTable;
import cn.xgz.recon.source.Market;
import cn.xgz.recon.source.PartyMember;
import cn.xgz.recon.source.PartyOrg;
import cn.xgz.recon.source.Registration;
import cn.xgz.recon.source.RegistrationTable;
import cn.xgz.recon.source.Rider;
import cn.xgz.recon.source.Source;
import cn.xgz.recon.source.SourceData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The staging files of a run's workspace ({@code <source>.loaded.bin}, {@code <source>.rejects.bin}): the reader and
 * writer of a source's ingest step, and the rows read back up to the lengths the steps committed.
 */
public final class StagedRows {

    private static final Logger log = LoggerFactory.getLogger(StagedRows.class);

    private StagedRows() {}

    /**
     * The reader of one source's files in {@code inputDir}, as the nightly ingest reads them; the folder is listed when
     * the reader opens.
     */
    @SuppressWarnings("unchecked")
    public static SourceStepReader<Object> reader(Source source, Path inputDir, IngestContext context,
            ReadLimits limits, PersonKeys personKeys, int expectedRows) {
        // Rejected keys are kept as finding subject keys: a person key for an ID number, never the raw ID.
        UnaryOperator<String> subjectKey = !RejectedKeys.applies(source) ? null
                : source == Source.PARTY_MEMBERS ? personKeys::keyOf : UnaryOperator.identity();
        SourceStepReader.FileList files = () -> {
            try {
                return InputPlan.scan(inputDir).files(source);
            } catch (IOException e) {
                throw new IOException("无法读取输入目录 " + inputDir, e);
            }
        };
        return new SourceStepReader<>((SourceSchema<Object>) SourceSchemas.of(source), files, context, limits,
                subjectKey, expectedRows);
    }

    /**
     * The writer of one source's staging files in {@code workspace}; {@code whole} receives the source's loaded rows
     * (as kept in memory) when the step read them all in this process, in a list sized for {@code expectedRows}.
     */
    @SuppressWarnings("unchecked")
    public static StagingWriter<Object> writer(Source source, Path workspace, Consumer<List<Object>> whole,
            int expectedRows) {
        return new StagingWriter<>(loadedFile(workspace, source), rejectsFile(workspace, source),
                (RecordCodec<Object>) codecOf(source), rows -> whole.accept(loaded(rows)), retainedOf(source),
                () -> (List<Object>) newRows(source, expectedRows));
    }

    /**
     * The rows a source's ingest step is sized for: those it read in the last completed run, else an estimate from
     * its CSV files' sizes, and a sixteenth more.
     */
    public static int expectedRows(Source source, Path inputDir, long previousRun) {
        if (previousRun > 0) {
            return ExpectedRows.withHeadroom(previousRun);
        }
        try {
            return ExpectedRows.withHeadroom(ExpectedRows.inFiles(InputPlan.scan(inputDir).files(source)));
        } catch (IOException e) {
            return 0; // the reader reports the folder
        }
    }

    static Path loadedFile(Path workspace, Source s) {
        return workspace.resolve(s.prefix() + ".loaded.bin");
    }

    static Path rejectsFile(Path workspace, Source s) {
        return workspace.resolve(s.prefix() + ".rejects.bin");
    }

    /**
     * Every loaded row: a source's rows from {@code inMemory} when it has them, else read back from its staging file
     * up to the committed length (a restarted run).
     *
     * @param stagedLength per source, the committed length of its loaded rows (absent: none)
     */
    @SuppressWarnings("unchecked")
    public static SourceData read(Path workspace, Set<Source> present, Map<Source, Long> stagedLength,
            Function<Source, List<?>> inMemory) throws IOException {
        Map<Source, List<?>> rows = new EnumMap<>(Source.class);
        for (Source s : Source.values()) {
            List<?> kept = inMemory.apply(s);
            if (kept != null) {
                rows.put(s, kept);
            } else {
                List<Object> read = (List<Object>) newRows(s, 0);
                UnaryOperator<Object> retained = retainedOf(s);
                StagingFile.forEach(loadedFile(workspace, s), (RecordCodec<Object>) codecOf(s),
                        stagedLength.getOrDefault(s, 0L), row -> read.add(retained.apply(row)));
                rows.put(s, loaded(read));
            }
        }
        return new SourceData(present, cast(rows.get(Source.REGISTRATIONS), Registration.class),
                cast(rows.get(Source.ANNUAL_REPORTS), AnnualReport.class), cast(rows.get(Source.RIDERS), Rider.class),
                cast(rows.get(Source.PARTY_ORGS), PartyOrg.class), cast(rows.get(Source.PARTY_MEMBERS), PartyMember.class),
                cast(rows.get(Source.MARKETS), Market.class));
    }

    /**
     * Fills in the 住所 of the registrations whose USCC is a key of {@code addresses}, from the staging file (the rows
     * kept in memory carry none); keys without a registration or an address keep their value. Reads only the USCC and
     * the wanted 住所 of each record: decoding every field of millions of rows was most of the time.
     */
    public static void addresses(Path workspace, long stagedLength, Map<String, String> addresses) throws IOException {
        StagingFile.forEach(loadedFile(workspace, Source.REGISTRATIONS),
                SourceCodecs.registrationAddress(addresses::containsKey), stagedLength, r -> {
                    if (r.address() != null) {
                        addresses.put(r.uscc(), r.address());
                    }
                });
    }

    /**
     * Every rejected row, in source, file and row order.
     *
     * @param rejectsLength per source, the committed length of its rejects (absent: none)
     */
    public static List<Reject> rejects(Path workspace, Map<Source, Long> rejectsLength) throws IOException {
        List<Reject> all = new ArrayList<>();
        for (Source s : Source.values()) {
            all.addAll(StagingFile.readAll(rejectsFile(workspace, s), RejectCodec.INSTANCE,
                    rejectsLength.getOrDefault(s, 0L)));
        }
        all.sort(Comparator.comparing(Reject::source).thenComparing(Reject::file).thenComparingInt(Reject::row));
        return all;
    }

    /**
     * What the later steps keep in memory of a loaded row: a registration without its 住所, which no rule or
     * output reads (some 600 MB of a province's heap). The staging file keeps the row as loaded.
     */
    @SuppressWarnings("unchecked")
    static <T> UnaryOperator<T> retainedOf(Source s) {
        if (s == Source.REGISTRATIONS) {
            return (UnaryOperator<T>) (UnaryOperator<Registration>) StagedRows::withoutAddress;
        }
        return UnaryOperator.identity();
    }

    private static Registration withoutAddress(Registration r) {
        return r.address() == null ? r : new Registration(r.uscc(), r.name(), r.type(), r.scale(), r.regionCode(),
                r.officeCode(), r.officeName(), r.industryCode(), r.established(), r.status(), r.legalRepName(),
                r.legalRepId(), r.marketId(), r.employees(), null, r.file(), r.row());
    }

    /**
     * The list a source's rows are kept in: registrations and annual reports, the millions, in column tables
     * (cn.xgz.recon.source's package-info has the layout), sized for {@code expectedRows} so that loading them does
     * not copy every column a dozen times over; the small sources as records.
     */
    static List<?> newRows(Source s, int expectedRows) {
        int capacity = Math.max(1024, expectedRows);
        if (expectedRows > 0 && (s == Source.REGISTRATIONS || s == Source.ANNUAL_REPORTS)) {
            log.info("{}：按列预留 {} 行", s.label(), String.format("%,d", capacity));
        }
        return switch (s) {
            case REGISTRATIONS -> new RegistrationTable(capacity);
            case ANNUAL_REPORTS -> new AnnualReportTable(capacity);
            default -> new ArrayList<>();
        };
    }

    /** A source's rows once all are in: a table gives back the room it grew into. */
    private static <T> List<T> loaded(List<T> rows) {
        if (rows instanceof RegistrationTable t) {
            t.trimToSize();
            logSize("经营主体登记信息", t.size(), t.heapBytes());
        } else if (rows instanceof AnnualReportTable t) {
            t.trimToSize();
            logSize("年度报告", t.size(), t.heapBytes());
        }
        return rows;
    }

    private static void logSize(String what, int rows, long bytes) {
        log.info("{}按列存放：{} 行，约 {} MB，每行 {} 字节", what, rows, String.format("%.1f", bytes / 1e6),
                rows == 0 ? 0 : bytes / rows);
    }

    static RecordCodec<?> codecOf(Source s) {
        return switch (s) {
            case REGISTRATIONS -> SourceCodecs.REGISTRATION;
            case ANNUAL_REPORTS -> SourceCodecs.ANNUAL_REPORT;
            case RIDERS -> SourceCodecs.RIDER;
            case PARTY_ORGS -> SourceCodecs.PARTY_ORG;
            case PARTY_MEMBERS -> SourceCodecs.PARTY_MEMBER;
            case MARKETS -> SourceCodecs.MARKET;
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<?> rows, Class<T> type) {
        return (List<T>) rows;
    }
}
