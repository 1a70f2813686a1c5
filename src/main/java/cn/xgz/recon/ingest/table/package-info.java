/**
 * Streaming table readers for .csv (OpenCSV, RFC 4180, encoding detected) and .xlsx (POI's event API, pulled with
 * StAX). They return cleaned {@link cn.xgz.recon.ingest.table.RawRow}s with the row numbers a person sees, skip blank
 * rows, and fail with an {@link cn.xgz.recon.ingest.table.InputFileException} naming the file rather than a raw
 * stack trace or a hang.
 */
package cn.xgz.recon.ingest.table;
