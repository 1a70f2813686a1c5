/**
 * Reading and validating the six input sources (inputs.md), free of Spring so that batch steps stay thin adapters.
 *
 * <p>Flow for one file: {@link cn.xgz.recon.ingest.SourceFileReader#open} opens a
 * {@link cn.xgz.recon.ingest.table.TableReader}, binds its header to the source's
 * {@link cn.xgz.recon.ingest.SourceSchema} ({@link cn.xgz.recon.ingest.HeaderBinding}; a missing required column
 * rejects the file whole), then each data row becomes a {@link cn.xgz.recon.ingest.RowOutcome}: the loaded record
 * from {@code cn.xgz.recon.source}, or a {@link cn.xgz.recon.ingest.Reject} with the first problem in the spec's
 * column order. A {@link cn.xgz.recon.ingest.DuplicateKeys} shared by the files of one source (read in name order,
 * {@link cn.xgz.recon.ingest.SourceFiles}) turns later rows with a loaded key into 重复记录 rejects.
 */
package cn.xgz.recon.ingest;
