package cn.xgz.recon.ingest.batch;

import cn.xgz.recon.ingest.Reject;
import cn.xgz.recon.nightly.RunWorkspace;
import cn.xgz.recon.source.AnnualReport;
import cn.xgz.recon.source.Market;
import cn.xgz.recon.source.PartyMember;
import cn.xgz.recon.source.PartyOrg;
import cn.xgz.recon.source.Registration;
import cn.xgz.recon.source.Rider;
import cn.xgz.recon.source.Source;
import cn.xgz.recon.source.SourceData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

/**
 * The rows a run loaded, for the steps after ingest: from memory when the ingest steps ran in this process,
 * else read back from the workspace's staging files up to the committed lengths (a restarted run).
 */
@Component
public class StagedSources {

    /** Receives a source's complete list of loaded rows. */
    interface Sink<T> {
        void accept(List<T> rows);
    }

    private final JobRepository jobRepository;
    private final RunWorkspace workspace;
    private final Map<Source, List<?>> memory = new EnumMap<>(Source.class);
    private long memoryInstance = -1;

    public StagedSources(JobRepository jobRepository, RunWorkspace workspace) {
        this.jobRepository = jobRepository;
        this.workspace = workspace;
    }

    static Path loadedFile(Path workspace, Source s) {
        return workspace.resolve(s.prefix() + ".loaded.bin");
    }

    static Path rejectsFile(Path workspace, Source s) {
        return workspace.resolve(s.prefix() + ".rejects.bin");
    }

    synchronized <T> Sink<T> sink(long jobInstanceId, Source source) {
        return rows -> {
            synchronized (StagedSources.this) {
                if (memoryInstance != jobInstanceId) {
                    memory.clear();
                    memoryInstance = jobInstanceId;
                }
                memory.put(source, rows);
            }
        };
    }

    /** Drops the in-memory rows (the run is over). */
    public synchronized void release() {
        memory.clear();
        memoryInstance = -1;
    }

    /** Every loaded row of the job's instance, with the sources that had files. */
    @SuppressWarnings("unchecked")
    public synchronized SourceData load(JobExecution job) throws IOException {
        long instance = job.getJobInstanceId();
        Path ws = workspace.of(instance);
        Set<Source> present = EnumSet.noneOf(Source.class);
        Map<Source, List<?>> rows = new EnumMap<>(Source.class);
        for (Source s : Source.values()) {
            ExecutionContext ctx = stepContext(job, s);
            if (ctx != null && ctx.containsKey(RunContextKeys.PRESENT) && ctx.getString(RunContextKeys.PRESENT).equals("true")) {
                present.add(s);
            }
            if (memoryInstance == instance && memory.containsKey(s)) {
                rows.put(s, memory.get(s));
            } else {
                long length = ctx == null ? 0 : ctx.getLong(RunContextKeys.STAGED_LENGTH, 0L);
                List<Object> read = new ArrayList<>();
                UnaryOperator<Object> retained = retainedOf(s);
                StagingFile.forEach(loadedFile(ws, s), (RecordCodec<Object>) codecOf(s), length,
                        row -> read.add(retained.apply(row)));
                rows.put(s, read);
            }
        }
        return new SourceData(present, cast(rows.get(Source.REGISTRATIONS), Registration.class),
                cast(rows.get(Source.ANNUAL_REPORTS), AnnualReport.class), cast(rows.get(Source.RIDERS), Rider.class),
                cast(rows.get(Source.PARTY_ORGS), PartyOrg.class), cast(rows.get(Source.PARTY_MEMBERS), PartyMember.class),
                cast(rows.get(Source.MARKETS), Market.class));
    }

    /**
     * Fills in the 住所 of the registrations whose USCC is a key of {@code addresses}, from the staging file (the rows
     * kept in memory carry none); keys without a registration or an address keep their value.
     */
    @SuppressWarnings("unchecked")
    public void addresses(JobExecution job, Map<String, String> addresses) throws IOException {
        ExecutionContext ctx = stepContext(job, Source.REGISTRATIONS);
        long length = ctx == null ? 0 : ctx.getLong(RunContextKeys.STAGED_LENGTH, 0L);
        StagingFile.forEach(loadedFile(workspace.of(job.getJobInstanceId()), Source.REGISTRATIONS),
                (RecordCodec<Registration>) codecOf(Source.REGISTRATIONS), length, r -> {
                    if (r.address() != null && addresses.containsKey(r.uscc())) {
                        addresses.put(r.uscc(), r.address());
                    }
                });
    }

    /** Every rejected row of the job's instance, in source, file and row order. */
    public List<Reject> rejects(JobExecution job) throws IOException {
        Path ws = workspace.of(job.getJobInstanceId());
        List<Reject> all = new ArrayList<>();
        for (Source s : Source.values()) {
            ExecutionContext ctx = stepContext(job, s);
            long length = ctx == null ? 0 : ctx.getLong(RunContextKeys.REJECTS_LENGTH, 0L);
            all.addAll(StagingFile.readAll(rejectsFile(ws, s), RejectCodec.INSTANCE, length));
        }
        all.sort(Comparator.comparing(Reject::source).thenComparing(Reject::file).thenComparingInt(Reject::row));
        return all;
    }

    /**
     * Whether any input file of the run could not be used whole: rejected at the header, unreadable part-way (a
     * limit exceeded, a broken quote or sheet), or holding damaged lines, as its {@link FileStats} record it.
     */
    public boolean anyFileRejectedWhole(JobExecution job) {
        for (Source s : Source.values()) {
            if (FileStats.of(stepContext(job, s)).stream().anyMatch(f -> f.incomplete() || f.damagedRows() > 0)) {
                return true;
            }
        }
        return false;
    }

    private ExecutionContext stepContext(JobExecution job, Source s) {
        StepExecution se = jobRepository.getLastStepExecution(job.getJobInstance(), IngestStepConfiguration.stepName(s));
        return se == null ? null : se.getExecutionContext();
    }

    /**
     * What the later steps keep in memory of a loaded row: a registration without its 住所, which no rule or
     * output reads (some 600 MB of a province's heap). The staging file keeps the row as loaded.
     */
    @SuppressWarnings("unchecked")
    static <T> UnaryOperator<T> retainedOf(Source s) {
        if (s == Source.REGISTRATIONS) {
            return (UnaryOperator<T>) (UnaryOperator<Registration>) StagedSources::withoutAddress;
        }
        return UnaryOperator.identity();
    }

    private static Registration withoutAddress(Registration r) {
        return r.address() == null ? r : new Registration(r.uscc(), r.name(), r.type(), r.scale(), r.regionCode(),
                r.officeCode(), r.officeName(), r.industryCode(), r.established(), r.status(), r.legalRepName(),
                r.legalRepId(), r.marketId(), r.employees(), null, r.file(), r.row());
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
