package cn.xgz.recon.report;

import java.util.Map;

/** 住所 of registered entities, looked up by USCC, for the 任务清单 (the run keeps no addresses in memory otherwise). */
@FunctionalInterface
public interface EntityContacts {

    EntityContacts NONE = uscc -> null;

    /** The entity's 住所, or null when unknown. */
    String address(String uscc);

    /** Addresses by USCC; a blank value is no address. The map is used as it is (it can hold millions). */
    static EntityContacts of(Map<String, String> addresses) {
        return uscc -> {
            String a = addresses.get(uscc);
            return a == null || a.isEmpty() ? null : a;
        };
    }
}
