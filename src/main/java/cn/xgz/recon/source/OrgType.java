package cn.xgz.recon.source;

/** 党组织类别. */
public enum OrgType implements Labeled {
    COMMITTEE("党委"),
    GENERAL_BRANCH("党总支"),
    BRANCH("党支部"),
    JOINT_BRANCH("联合党支部"),
    TEMPORARY_BRANCH("临时党支部");

    private final String label;

    OrgType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
