/**
 * The half-year submission (outputs.md, 半年报送): {@link cn.xgz.recon.submission.HalfYearSubmissionWriter} writes
 * {@code <out>/half-year/<yyyy>H<n>/} with the printed form, {@code half-year-<yyyy>H<n>.csv} and
 * {@code manifest.sha256}, refusing to overwrite an earlier submission unless told to replace it.
 * {@link cn.xgz.recon.submission.Period} does the period arithmetic the job and the scheduler share.
 */
package cn.xgz.recon.submission;
