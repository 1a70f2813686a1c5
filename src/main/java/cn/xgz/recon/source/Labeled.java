package cn.xgz.recon.source;

import java.util.List;
import java.util.Optional;

/**
 * A closed vocabulary whose constants carry their Chinese label and the other spellings the sources use,
 * so that parsing and printing share one table.
 */
public interface Labeled {

    /** The canonical Chinese label, as printed in reports. */
    String label();

    /** Other accepted spellings (e.g. 在营 for 存续). */
    default List<String> aliases() {
        return List.of();
    }

    /** The constant whose label or alias equals {@code text} exactly (callers clean the text first). */
    static <E extends Enum<E> & Labeled> Optional<E> parse(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (E e : type.getEnumConstants()) {
            if (e.label().equals(text) || e.aliases().contains(text)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
