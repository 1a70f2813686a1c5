package cn.xgz.recon.ingest;

import cn.xgz.recon.common.IdNumber;
import cn.xgz.recon.common.UsccCode;
import cn.xgz.recon.source.Source;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The keys of a source's rows that were rejected although their key could be read (rules.md, lifecycle): a finding
 * about such a subject is carried that night, not resolved, because a rejected row is not evidence that the gap
 * closed. Only the sources whose key is a finding's subject count (registrations, markets, party organisations, the
 * party-member roster); a key that some other row of the source loaded is dropped at the end, so a rejected duplicate
 * of a loaded row does not count. Keys are normalised as the loaded records' keys are.
 */
public final class RejectedKeys {

    private final Set<String> keys = new TreeSet<>();

    /** Whether rejected rows of {@code source} can hold a finding's subject. */
    public static boolean applies(Source source) {
        return source == Source.REGISTRATIONS || source == Source.MARKETS || source == Source.PARTY_ORGS
                || source == Source.PARTY_MEMBERS;
    }

    /** The normalised key of a rejected row's raw key cell, or null when it cannot be read reliably. */
    public static String keyOf(Source source, String raw) {
        if (raw == null || raw.isBlank() || !applies(source)) {
            return null;
        }
        String v = raw.strip().toUpperCase(Locale.ROOT);
        return switch (source) {
            case REGISTRATIONS -> UsccCode.isValid(v) ? v : null;
            case PARTY_MEMBERS -> IdNumber.parse(v).value();
            default -> v;
        };
    }

    void add(String key) {
        if (key != null) {
            keys.add(key);
        }
    }

    /** The rejected keys that no row of the source loaded, in order. */
    public List<String> notLoaded(DuplicateKeys loaded) {
        return keys.stream().filter(k -> loaded == null || !loaded.contains(k)).toList();
    }
}
