package cn.xgz.recon.rules;

import cn.xgz.recon.common.LongIntMap;
import cn.xgz.recon.source.RegistrationTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of a few hundred thousand ID numbers (roster members, riders) each registration's 法定代表人 is. It compares
 * the table's packed ID numbers, so the millions of registrations whose representative is none of them make no
 * string: unpacking and hashing every registration's ID was a third of reconcile at 7M entities.
 */
final class LegalRepIds {

    private final LongIntMap packed;
    private final Map<String, Integer> other = new HashMap<>();
    private final List<String> ids;

    /** Numbers the ID numbers in iteration order: {@link #find} answers with that number. */
    LegalRepIds(Collection<String> idNumbers) {
        this.ids = new ArrayList<>(idNumbers);
        this.packed = new LongIntMap(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            long key = RegistrationTable.idKey(id);
            if (key >= 0) {
                if (packed.get(key + 1, -1) < 0) { // the first of equal numbers, as for the others below
                    packed.put(key + 1, i); // LongIntMap reserves key 0; an ID of all zeros packs to 0
                }
            } else if (id != null) {
                other.putIfAbsent(id, i);
            }
        }
    }

    /** The number of the registration's 法定代表人 among the ID numbers, or -1 when it is none of them (or absent). */
    int find(RegistrationTable regs, int pos) {
        long key = regs.legalRepIdKey(pos);
        if (key >= 0) {
            return packed.get(key + 1, -1);
        }
        String id = regs.legalRepId(pos);
        return id == null ? -1 : other.getOrDefault(id, -1);
    }

    /** The ID number with that number. */
    String id(int number) {
        return ids.get(number);
    }
}
