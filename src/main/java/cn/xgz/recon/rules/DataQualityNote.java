package cn.xgz.recon.rules;

/**
 * A problem in loaded data that is not a reject: a dangling reference (a registration's 所在市场编号 not in the
 * ledger), an annual report for an unregistered code, and the like. Reported on the 数据质量 sheet.
 *
 * @param kind a short Chinese category, e.g. 所在市场编号不在台账中
 * @param source the source's file prefix
 * @param file input file
 * @param row the row as Excel shows it
 * @param key the row's key (USCC, code …); never an unmasked ID number
 * @param detail one Chinese sentence
 */
public record DataQualityNote(String kind, String source, String file, int row, String key, String detail) {}
