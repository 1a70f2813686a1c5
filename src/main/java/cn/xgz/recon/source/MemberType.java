package cn.xgz.recon.source;

/** 人员类别 of a roster member. */
public enum MemberType implements Labeled {
    FULL("正式党员"),
    PROBATIONARY("预备党员");

    private final String label;

    MemberType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
