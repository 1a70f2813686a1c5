package cn.xgz.recon.lifecycle;

import cn.xgz.recon.common.ContextJson;
import cn.xgz.recon.ingest.batch.FileStats;
import cn.xgz.recon.ingest.batch.IngestStepConfiguration;
import cn.xgz.recon.ingest.batch.RunContextKeys;
import cn.xgz.recon.rules.SubjectType;
import cn.xgz.recon.source.Source;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** What the ingest steps of a job instance recorded, as the lifecycle needs it: file figures and rejected subjects. */
final class IngestRecord {

    private IngestRecord() {}

    /** Per source with files, the file figures of its latest ingest execution. */
    static Map<Source, List<FileStats>> files(JobRepository repo, JobInstance instance) {
        Map<Source, List<FileStats>> out = new EnumMap<>(Source.class);
        for (Source s : Source.values()) {
            ExecutionContext ctx = context(repo, instance, s);
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
    static Map<Source, Long> loaded(JobRepository repo, JobInstance instance) {
        Map<Source, Long> out = new EnumMap<>(Source.class);
        files(repo, instance).forEach((s, stats) -> out.put(s, stats.stream().mapToLong(FileStats::loaded).sum()));
        return out;
    }

    /** Per subject type, the keys of subjects whose own row was rejected and not loaded. */
    static Map<SubjectType, Set<String>> rejectedSubjects(JobRepository repo, JobInstance instance) {
        Map<SubjectType, Set<String>> out = new EnumMap<>(SubjectType.class);
        for (Source s : Source.values()) {
            SubjectType type = switch (s) {
                case REGISTRATIONS -> SubjectType.ENTITY;
                case MARKETS -> SubjectType.MARKET;
                case PARTY_ORGS -> SubjectType.ORG;
                case PARTY_MEMBERS -> SubjectType.PERSON;
                default -> null;
            };
            ExecutionContext ctx = type == null ? null : context(repo, instance, s);
            List<String> keys = ctx == null ? List.of()
                    : ContextJson.get(ctx, RunContextKeys.REJECTED_SUBJECTS, new TypeReference<List<String>>() {}, List.of());
            if (!keys.isEmpty()) {
                out.put(type, new HashSet<>(keys));
            }
        }
        return out;
    }

    private static ExecutionContext context(JobRepository repo, JobInstance instance, Source s) {
        StepExecution se = repo.getLastStepExecution(instance, IngestStepConfiguration.stepName(s));
        return se == null ? null : se.getExecutionContext();
    }
}
