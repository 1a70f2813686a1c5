package cn.xgz.recon.source;

/** 党组织状态; blank means 正常. */
public enum OrgStatus implements Labeled {
    NORMAL("正常"),
    REVOKED("撤销");

    private final String label;

    OrgStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
