package cn.xgz.recon.ingest.value;

/** The yes/no spellings of inputs.md: 是/否, Y/N, 1/0, true/false (case-insensitive). */
public final class Booleans {

    /** What a reject reason names as accepted. */
    public static final String ACCEPTED = "是、否（或Y/N、1/0、true/false）";

    private Booleans() {}

    /** {@code TRUE} or {@code FALSE} for a cleaned, non-blank cell, or {@code null} when it is neither. */
    public static Boolean parse(String text) {
        if (text == null) {
            return null;
        }
        switch (text) {
            case "是", "Y", "y", "1", "true", "TRUE", "True":
                return Boolean.TRUE;
            case "否", "N", "n", "0", "false", "FALSE", "False":
                return Boolean.FALSE;
            default:
                if (text.equalsIgnoreCase("true")) {
                    return Boolean.TRUE;
                }
                return text.equalsIgnoreCase("false") ? Boolean.FALSE : null;
        }
    }
}
