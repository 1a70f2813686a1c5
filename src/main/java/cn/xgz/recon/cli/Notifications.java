package cn.xgz.recon.cli;

import cn.xgz.recon.nightly.ClosingSummary;
import cn.xgz.recon.nightly.NightlyOutcome;
import cn.xgz.recon.notify.Notifier;
import cn.xgz.recon.notify.NotifySettings;
import cn.xgz.recon.notify.RunNotice;
import cn.xgz.recon.output.RunSummary;
import cn.xgz.recon.common.ExitCodes;
import java.util.List;
import java.util.Optional;

/** The notice a finished nightly or half-year run sends ({@code xgz.notify.*}), built from its outcome. */
final class Notifications {

    private Notifications() {}

    static void nightly(NotifySettings settings, String runId, String runDate, NightlyOutcome o, Optional<RunSummary> summary) {
        boolean wrote = ExitCodes.reportsWritten(o.exitCode());
        RunNotice.Findings findings = summary.filter(s -> wrote).map(s -> {
            long[] n = ClosingSummary.byStatus(s.findings());
            return new RunNotice.Findings(n[0], n[1], n[2]);
        }).orElse(null);
        send(settings, new RunNotice(runId, "nightly", runDate, o.exitCode(), ExitCodes.describe(o.exitCode()), wrote, o.message(),
                findings, summary.map(RunSummary::rowsRejected).orElse(0L),
                summary.map(RunSummary::missingSources).orElse(List.of()), wrote ? o.runDir().toString() : null));
    }

    static void halfYear(NotifySettings settings, String runId, String period, int exitCode, String message) {
        send(settings, new RunNotice(runId, "half-year", period, exitCode, ExitCodes.describe(exitCode), exitCode == 0, message,
                null, 0, List.of(), null));
    }

    private static void send(NotifySettings settings, RunNotice notice) {
        new Notifier(settings).send(notice);
    }
}
