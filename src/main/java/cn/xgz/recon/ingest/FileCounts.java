package cn.xgz.recon.ingest;

import cn.xgz.recon.source.Source;

/**
 * Rows of one input file by outcome; {@code read = loaded + rejected} (inputs.md, nothing is lost).
 *
 * @param file the file name
 */
public record FileCounts(Source source, String file, long read, long loaded, long rejected) {}
