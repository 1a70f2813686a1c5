/**
 * The analysts' gap workbook and its per-city cuts (outputs.md, 差异报告).
 *
 * <p>Entry point: {@link cn.xgz.recon.report.GapWorkbookWriter}. Build a {@link cn.xgz.recon.report.GapReportInput}
 * from the run's {@code ReconciliationResult}, the findings after the lifecycle step (RESOLVED rows included), the
 * sources' dates ({@link cn.xgz.recon.report.SourceDates#scan}) and the rejects per file and reason, then call
 * {@code writeAll(input, runDir, pool)} to write {@code gap-report-<yyyyMMdd>.xlsx} and
 * {@code by-city/<city_code>-<city_name>.xlsx} in parallel, or {@code writeJurisdiction} / {@code writeCity} one at
 * a time. Every file is written under a temporary name and renamed when complete.
 *
 * <p>Benchmark (a million findings, prints time and peak heap; not part of the test run):
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx768m -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     cn.xgz.recon.report.GapWorkbookBenchmark 1000000 /tmp/xgz-bench mix cities
 * </pre>
 */
package cn.xgz.recon.report;
