package cn.xgz.recon.nightly;

import cn.xgz.recon.common.ContextJson;
import cn.xgz.recon.ingest.batch.FileStats;
import cn.xgz.recon.ingest.batch.RunContextKeys;
import cn.xgz.recon.rules.SubjectType;
import cn.xgz.recon.source.Source;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What the ingest steps of a job instance recorded in their execution contexts (the latest execution of each): the
 * file figures, the committed staging lengths, and the keys of rejected subjects. The later steps read ingest's
 * output through this, by step name.
 */
final class IngestRecord {

    private final JobRepository repo;
    private final JobInstance instance;

    IngestRecord(JobRepository repo, JobInstance instance) {
        this.repo = repo;
        this.instance = instance;
    }

    /** Per source with files, the file figures of its latest ingest execution. */
    Map<Source, List<FileStats>> files() {
        Map<Source, List<FileStats>> out = new EnumMap<>(Source.class);
        for (Source s : Source.values()) {
            ExecutionContext ctx = context(s);
            if (ctx != null) {
                List<FileStats> stats = FileStats.of(ctx);
                if (!stats.isEmpty()) {
                    out.put(s, stats);
                }
            }
        }
        return out;
    }

    /** Rows loaded per source (sources without files absent). */
    Map<Source, Long> loaded() {
        Map<Source, Long> out = new EnumMap<>(Source.class);
        files().forEach((s, stats) -> out.put(s, stats.stream().mapToLong(FileStats::loaded).sum()));
        return out;
    }

    /** The sources that had at least one file in the input folder. */
    Set<Source> present() {
        Set<Source> present = EnumSet.noneOf(Source.class);
        for (Source s : Source.values()) {
            ExecutionContext ctx = context(s);
            if (ctx != null && "true".equals(ctx.getString(RunContextKeys.PRESENT, "false"))) {
                present.add(s);
            }
        }
        return present;
    }

    /** Per source, the committed length of its staged loaded rows. */
    Map<Source, Long> stagedLengths() {
        return lengths(RunContextKeys.STAGED_LENGTH);
    }

    /** Per source, the committed length of its staged rejects. */
    Map<Source, Long> rejectsLengths() {
        return lengths(RunContextKeys.REJECTS_LENGTH);
    }

    /**
     * Whether any input file of the run could not be used whole: rejected at the header, unreadable part-way (a
     * limit exceeded, a broken quote or sheet), or holding damaged lines, as its {@link FileStats} record it.
     */
    boolean anyFileRejectedWhole() {
        for (Source s : Source.values()) {
            if (FileStats.of(context(s)).stream().anyMatch(f -> f.incomplete() || f.damagedRows() > 0)) {
                return true;
            }
        }
        return false;
    }

    /** Per subject type, the keys of subjects whose own row was rejected and not loaded. */
    Map<SubjectType, Set<String>> rejectedSubjects() {
        Map<SubjectType, Set<String>> out = new EnumMap<>(SubjectType.class);
        for (Source s : Source.values()) {
            SubjectType type = switch (s) {
                case REGISTRATIONS -> SubjectType.ENTITY;
                case MARKETS -> SubjectType.MARKET;
                case PARTY_ORGS -> SubjectType.ORG;
                case PARTY_MEMBERS -> SubjectType.PERSON;
                default -> null;
            };
            ExecutionContext ctx = type == null ? null : context(s);
            List<String> keys = ctx == null ? List.of()
                    : ContextJson.get(ctx, RunContextKeys.REJECTED_SUBJECTS, new TypeReference<List<String>>() {}, List.of());
            if (!keys.isEmpty()) {
                out.put(type, new HashSet<>(keys));
            }
        }
        return out;
    }

    private Map<Source, Long> lengths(String key) {
        Map<Source, Long> out = new EnumMap<>(Source.class);
        for (Source s : Source.values()) {
            ExecutionContext ctx = context(s);
            if (ctx != null) {
                out.put(s, ctx.getLong(key, 0L));
            }
        }
        return out;
    }

    private ExecutionContext context(Source s) {
        StepExecution se = repo.getLastStepExecution(instance, NightlyJobConfiguration.ingestStepName(s));
        return se == null ? null : se.getExecutionContext();
    }
}
