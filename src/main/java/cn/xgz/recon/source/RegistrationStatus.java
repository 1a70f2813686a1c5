package cn.xgz.recon.source;

import java.util.List;

/** 登记状态; only {@link #ACTIVE} (存续) entities are in operation. */
public enum RegistrationStatus implements Labeled {
    ACTIVE("存续", List.of("在营", "开业", "在册")),
    REVOKED("吊销", List.of()),
    CANCELLED("注销", List.of()),
    MOVED_OUT("迁出", List.of());

    private final String label;
    private final List<String> aliases;

    RegistrationStatus(String label, List<String> aliases) {
        this.label = label;
        this.aliases = aliases;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }
}
