package cn.xgz.recon.nightly;

import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.ReconciliationResult;
import cn.xgz.recon.source.Source;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.stereotype.Component;

/**
 * One execution of the nightly job's data in memory, handed from the step that makes it to the steps that read it
 * (NightlyJobConfiguration says which); it dies with the execution. A restarted execution starts empty: the rows
 * are read back from the staging files, the reconcile step runs again, and the findings are read back from what the
 * lifecycle step stored.
 */
@Component
@JobScope
class RunData {

    private final Map<Source, List<?>> rows = new EnumMap<>(Source.class);
    private ReconciliationResult result;
    private List<Finding> findings;

    /** ingest: a source's loaded rows, when its step read them all in this execution. */
    synchronized void rowsLoaded(Source source, List<?> loaded) {
        rows.put(source, loaded);
    }

    /** A source's loaded rows if they are still in memory, else null (read them from the staging file). */
    synchronized List<?> rowsInMemory(Source source) {
        return rows.get(source);
    }

    /** reconcile: the result holds what later steps need, so the rows go (a province's rows are gigabytes). */
    synchronized void reconciled(ReconciliationResult reconciliation) {
        this.result = reconciliation;
        rows.clear();
    }

    synchronized ReconciliationResult reconciliation() {
        if (result == null) {
            throw new IllegalStateException("reconcile did not run in this execution of the nightly job");
        }
        return result;
    }

    /**
     * lifecycle: the findings with their statuses. They replace the reconciliation's own findings, which no later step
     * reads: at province scale the second list is millions of objects held to the end of the run.
     */
    synchronized void findingsWithStatus(List<Finding> withStatus) {
        this.findings = withStatus;
        if (result != null && !result.findings().isEmpty()) {
            ReconciliationResult r = result;
            result = new ReconciliationResult(r.runDate(), List.of(), r.proposals(), r.entities(), r.markets(),
                    r.counties(), r.resolutions(), r.notes(), r.skippedRules(), r.platforms(), r.absentSources());
        }
    }

    /** The findings with their statuses, or null when the lifecycle step did not run in this execution. */
    synchronized List<Finding> findingsIfKept() {
        return findings;
    }
}
