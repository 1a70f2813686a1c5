package cn.xgz.recon.rules;

/** A finding's place in its lifecycle, against the latest earlier successful nightly run. */
public enum FindingStatus {
    NEW,
    OPEN,
    RESOLVED
}
