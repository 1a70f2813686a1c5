package cn.xgz.recon.source;

/** 主体类型. */
public enum EntityType implements Labeled {
    ENTERPRISE("企业"),
    INDIVIDUAL("个体工商户"),
    COOPERATIVE("农民专业合作社");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
