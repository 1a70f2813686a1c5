package cn.xgz.recon.feedback;

import cn.xgz.recon.lifecycle.RunHistory;
import cn.xgz.recon.rules.Finding;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link KnownFindings} from the findings history: each run needed is read once per import and kept as
 * finding_id → (city, metric, basis), which is all an import needs of it.
 */
public final class HistoryFindings implements KnownFindings {

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final RunHistory history;
    private final Optional<RunHistory.CompletedRun> latest;
    private final Map<Long, Map<String, Facts>> runs = new HashMap<>();
    private final Map<LocalDate, Optional<RunHistory.CompletedRun>> runOnOrBefore = new HashMap<>();

    public HistoryFindings(RunHistory history) {
        this.history = history;
        this.latest = history.latestBetween(EARLIEST, LocalDate.of(9999, 12, 31));
    }

    @Override
    public boolean anyRun() {
        return latest.isPresent();
    }

    @Override
    public Facts current(String findingId, LocalDate workbookRunDate) {
        if (latest.isEmpty()) {
            return null;
        }
        Facts f = factsOf(latest.get()).get(findingId);
        if (f == null && workbookRunDate != null && !workbookRunDate.equals(latest.get().runDate())) {
            // A workbook returned after later runs: its findings may have resolved since, the review still counts.
            f = history.latestBetween(workbookRunDate, workbookRunDate).map(r -> factsOf(r).get(findingId)).orElse(null);
        }
        return f;
    }

    @Override
    public Facts asOf(String findingId, LocalDate date) {
        return runOnOrBefore.computeIfAbsent(date, d -> history.latestBetween(EARLIEST, d))
                .map(r -> factsOf(r).get(findingId)).orElse(null);
    }

    private Map<String, Facts> factsOf(RunHistory.CompletedRun run) {
        return runs.computeIfAbsent(run.jobInstanceId(), id -> {
            Map<String, Facts> m = new HashMap<>();
            for (Finding f : history.findingsOf(id)) {
                m.put(f.findingId(), new Facts(f.cityCode(), f.metric(), f.basis()));
            }
            return m;
        });
    }
}
