package cn.xgz.recon.match;

/**
 * What name resolution needs of one registration.
 *
 * @param uscc 统一社会信用代码, valid and upper-cased
 * @param name 主体名称 as registered
 * @param regionCode 行政区划代码 (county), null when unknown
 */
public record RegisteredName(String uscc, String name, String regionCode) {}
