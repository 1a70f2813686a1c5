package cn.xgz.recon.rules;

import cn.xgz.recon.common.PersonKeys;
import java.util.HashMap;
import java.util.Map;

/** Person keys computed once per ID within a run (an HMAC per lookup adds up over half a million members). */
final class PersonKeyCache {

    private final PersonKeys keys;
    private final Map<String, String> byId = new HashMap<>();

    PersonKeyCache(PersonKeys keys) {
        this.keys = keys;
    }

    String keyOf(String idNumber) {
        return byId.computeIfAbsent(idNumber, keys::keyOf);
    }

    void clear() {
        byId.clear();
    }
}
