package cn.xgz.recon.source;

/** 企业规模. */
public enum EntityScale implements Labeled {
    MICRO("微型"),
    SMALL("小型"),
    MEDIUM("中型"),
    LARGE("大型");

    private final String label;

    EntityScale(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
