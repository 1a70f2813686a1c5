/**
 * The findings' lifecycle (NEW / OPEN / RESOLVED) and the history it is kept in.
 *
 * <p>Where things live:
 * <ul>
 *   <li>The history is {@code FINDING_LEDGER} in the store: a row per finding and stretch of completed runs in which
 *       it stayed open and unchanged ({@link FindingLedger}). It is the only copy; nothing of it is cached between
 *       runs.</li>
 *   <li>A night compares its findings with those open in the latest earlier completed run. They are streamed from
 *       the ledger past an index of this run's findings ({@link FindingLifecycle.Comparison},
 *       {@link FindingPositions}): a still-open earlier finding leaves only its first_seen and a changed bit behind,
 *       and only resolved and carried ones are kept whole. A night therefore holds its own findings, what it reports
 *       and one {@code int[]} index, never the previous run's findings beside them (a findings-heavy province night
 *       has 3.19M of each).</li>
 *   <li>What changed (new or changed findings, resolved ones) is written as pending rows and enters the ledger in
 *       the transaction that completes the run, so a failed run changes no history. A step restarted after the
 *       lifecycle reads what the run reports back the same way, streaming the base run past the pending rows.</li>
 * </ul>
 */
package cn.xgz.recon.lifecycle;
