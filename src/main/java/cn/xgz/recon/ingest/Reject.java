package cn.xgz.recon.ingest;

import cn.xgz.recon.source.Source;

/**
 * A rejected input row, as one line of rejects.csv (outputs.md).
 *
 * @param file the file name
 * @param row the 1-based row number a person sees in Excel or an editor
 * @param column the header as it appears in the file
 * @param reason why, in Chinese
 * @param value the offending value, masked when it is personal data
 */
public record Reject(Source source, String file, int row, String column, String reason, String value) {}
