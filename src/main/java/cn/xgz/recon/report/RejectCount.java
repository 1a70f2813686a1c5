package cn.xgz.recon.report;

import cn.xgz.recon.source.Source;

/**
 * How many rows of one input file were rejected for one reason: a line of the 数据质量 sheet.
 *
 * @param source the source the file belongs to, null when the file matched no source
 * @param file the input file's name
 * @param reason the Chinese reject reason, as in rejects.csv
 * @param count rejected rows
 */
public record RejectCount(Source source, String file, String reason, long count) {}
