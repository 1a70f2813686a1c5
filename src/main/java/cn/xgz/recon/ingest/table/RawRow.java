package cn.xgz.recon.ingest.table;

/**
 * One data row of an input table, before validation.
 *
 * @param rowNumber the 1-based number a person sees: the physical line where a CSV record starts, Excel's row number
 * @param values cell texts cleaned by {@link cn.xgz.recon.ingest.value.TextCleaner}, {@code null} when blank; a
 *     date-formatted .xlsx cell as {@code yyyy-MM-dd}, an integral number without {@code .0}. For a damaged row, what
 *     could still be read (possibly nothing)
 * @param numeric {@code true} where an .xlsx cell was a plain number (not a date-formatted one), so that validation
 *     can reject IDs that Excel stored as numbers; same length as {@code values}
 * @param damage null for an intact row; else why the row itself is damaged (too wide, too long, a NUL byte, bytes
 *     invalid in the file's encoding) or why the rows from here on could not be read: the row is rejected with this
 *     reason (inputs.md, "A damaged line is a bad row")
 * @param damageColumn the 0-based column the damage is in, or -1 when it concerns the whole line
 * @param rows the data rows this stands for: 1, or for an unread range (reading stopped part-way) its row count
 */
public record RawRow(int rowNumber, String[] values, boolean[] numeric, String damage, int damageColumn, int rows) {

    public RawRow(int rowNumber, String[] values, boolean[] numeric) {
        this(rowNumber, values, numeric, null, -1, 1);
    }

    /** A damaged row: rejected with {@code damage}, its readable cells kept only to find its key. */
    public static RawRow damaged(int rowNumber, String[] values, String damage, int damageColumn, int rows) {
        String[] v = values == null ? new String[0] : values;
        return new RawRow(rowNumber, v, new boolean[v.length], damage, damageColumn, rows);
    }

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

    public boolean isDamaged() {
        return damage != null;
    }
}
