package cn.xgz.recon.source;

/** 组建方式 of a party organisation. */
public enum Formation implements Labeled {
    SINGLE("单独建"),
    JOINT("联合建"),
    ATTACHED("挂靠建"),
    SECTOR("行业建");

    private final String label;

    Formation(String label) {
        this.label = label;
    }

    /** The formation a blank 组建方式 stands for: 联合建 for a 联合党支部, 单独建 otherwise (outputs.md). */
    public static Formation defaultFor(OrgType type) {
        return type == OrgType.JOINT_BRANCH ? JOINT : SINGLE;
    }

    @Override
    public String label() {
        return label;
    }
}
