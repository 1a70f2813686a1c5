package cn.xgz.recon.match;

/**
 * A company name reduced to the form names are compared in.
 *
 * @param core the name without punctuation, white space and leading region names, with 有限责任公司 folded to
 *     有限公司; empty when the text held no letter or digit
 * @param namedRegion the code of the region the stripped prefix named, the most specific one (county, else city,
 *     else province); null when nothing was stripped
 * @param prefix the stripped leading region names in normalised form, empty when none
 */
public record NormalizedName(String core, String namedRegion, String prefix) {

    public boolean isEmpty() {
        return core.isEmpty();
    }

    /** The normalised text before the region prefix was stripped. */
    public String full() {
        return prefix + core;
    }
}
