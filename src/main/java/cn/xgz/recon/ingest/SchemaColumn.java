package cn.xgz.recon.ingest;

/** One column of a source's schema (inputs.md, Columns). Implemented by one enum per source. */
public interface SchemaColumn {

    /** The column's definition. */
    Def def();

    /** Position in the schema (enum constants provide it). */
    int ordinal();

    /** The canonical Chinese header. */
    default String header() {
        return def().header();
    }

    /** The accepted English alias. */
    default String alias() {
        return def().alias();
    }

    default boolean required() {
        return def().required();
    }

    /** The name used in reject reasons ("党员人数不能为负数"). */
    default String subject() {
        return def().subject();
    }

    /** How a value of this column appears in rejects. */
    default Masked masked() {
        return def().masked();
    }

    /** Kinds of personal data a column holds; such values are masked in rejects. */
    enum Masked {
        NONE,
        ID_NUMBER,
        PHONE,
        NAME
    }

    /**
     * @param subject the name in reject reasons, the header unless shorter wording reads better
     */
    record Def(String header, String alias, boolean required, String subject, Masked masked) {

        public static Def mandatory(String header, String alias) {
            return new Def(header, alias, true, header, Masked.NONE);
        }

        public static Def optional(String header, String alias) {
            return new Def(header, alias, false, header, Masked.NONE);
        }

        public Def subject(String name) {
            return new Def(header, alias, required, name, masked);
        }

        public Def masked(Masked kind) {
            return new Def(header, alias, required, subject, kind);
        }
    }
}
