package cn.xgz.recon.ingest.table;

/**
 * One data row of an input table, before validation.
 *
 * @param rowNumber the 1-based number a person sees: the physical line where a CSV record starts, Excel's row number
 * @param values cell texts cleaned by {@link cn.xgz.recon.ingest.value.TextCleaner}, {@code null} when blank; a
 *     date-formatted .xlsx cell as {@code yyyy-MM-dd}, an integral number without {@code .0}
 * @param numeric {@code true} where an .xlsx cell was a plain number (not a date-formatted one), so that validation
 *     can reject IDs that Excel stored as numbers; same length as {@code values}
 */
public record RawRow(int rowNumber, String[] values, boolean[] numeric) {

    /** The value at {@code index}, {@code null} when blank or beyond the row's last cell. */
    public String value(int index) {
        return index >= 0 && index < values.length ? values[index] : null;
    }

    public boolean isNumeric(int index) {
        return index >= 0 && index < numeric.length && numeric[index];
    }

    /** The number of cells read (trailing cells may be blank). */
    public int width() {
        return values.length;
    }
}
