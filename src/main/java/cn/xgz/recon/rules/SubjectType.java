package cn.xgz.recon.rules;

/** What a finding is about. */
public enum SubjectType {
    ENTITY,
    MARKET,
    PERSON,
    ORG,
    STATION
}
