package cn.xgz.recon.reconcile;

import cn.xgz.recon.common.PersonKeys;
import cn.xgz.recon.ingest.batch.StagedSources;
import cn.xgz.recon.lifecycle.RunHistory;
import cn.xgz.recon.match.ManualResolution;
import cn.xgz.recon.match.MatchSettings;
import cn.xgz.recon.match.NameNormalizer;
import cn.xgz.recon.nightly.NightlyJobConfiguration;
import cn.xgz.recon.reference.IndustryTable;
import cn.xgz.recon.reference.RegionTable;
import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.NameResolution;
import cn.xgz.recon.rules.ReconciliationResult;
import cn.xgz.recon.rules.Reconciler;
import cn.xgz.recon.source.SourceData;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * What a nightly run concluded, held for the steps after it. The reconciliation is a pure function of the
 * staged rows and the run date, so a restarted run that lost it with its process recomputes it exactly; the
 * findings' statuses, which depend on history, are read back from what the lifecycle step stored.
 */
@Component
public class RunResults {

    private static final Logger log = LoggerFactory.getLogger(RunResults.class);

    private final StagedSources staged;
    private final RunHistory history;
    private final NameResolutionService names;
    private final Reconciler reconciler;
    private final ManualResolution.Store manualMatches;

    private long instance = -1;
    private ReconciliationResult result;
    private List<Finding> findings;

    public RunResults(StagedSources staged, RunHistory history, NameNormalizer normalizer, MatchSettings settings,
            RegionTable regions, IndustryTable industries, PersonKeys personKeys, ManualResolution.Store manualMatches) {
        this.staged = staged;
        this.history = history;
        this.names = new NameResolutionService(normalizer, settings);
        this.reconciler = new Reconciler(regions, industries, personKeys);
        this.manualMatches = manualMatches;
    }

    /** The run's reconciliation, computed on first use in this process. */
    public synchronized ReconciliationResult result(JobExecution job) throws IOException {
        switchTo(job.getJobInstanceId());
        if (result == null) {
            LocalDate runDate = job.getJobParameters().getLocalDate(NightlyJobConfiguration.PARAM_RUN_DATE);
            int threads = job.getJobParameters().getLong(NightlyJobConfiguration.PARAM_THREADS, 2L).intValue();
            long t0 = System.nanoTime();
            SourceData data = staged.load(job);
            long t1 = System.nanoTime();
            NameResolution resolution = names.resolve(data, threads, manualMatches.on(runDate));
            long t2 = System.nanoTime();
            result = reconciler.reconcile(data, resolution, runDate);
            long t3 = System.nanoTime();
            // The result holds what later steps need; a restart reloads rows from the staging files if it must.
            staged.release();
            log.info("比对完成：载入 {} 秒，名称匹配 {} 秒，规则与联建 {} 秒，发现 {} 条", secs(t1 - t0), secs(t2 - t1),
                    secs(t3 - t2), String.format("%,d", result.findings().size()));
        }
        return result;
    }

    /** The findings with their lifecycle, once the lifecycle step has run. */
    public synchronized List<Finding> findings(JobExecution job) {
        switchTo(job.getJobInstanceId());
        if (findings == null) {
            findings = history.findingsOf(job.getJobInstanceId());
        }
        return findings;
    }

    public synchronized void setFindings(JobExecution job, List<Finding> withStatus) {
        switchTo(job.getJobInstanceId());
        findings = withStatus;
    }

    /** Forgets the run (its process keeps running other commands, e.g. in tests). */
    public synchronized void release() {
        instance = -1;
        result = null;
        findings = null;
        staged.release();
    }

    private void switchTo(long jobInstanceId) {
        if (instance != jobInstanceId) {
            instance = jobInstanceId;
            result = null;
            findings = null;
        }
    }

    private static String secs(long nanos) {
        return String.format("%.1f", nanos / 1e9);
    }
}
