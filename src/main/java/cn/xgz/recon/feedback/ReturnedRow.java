package cn.xgz.recon.feedback;

import java.util.Map;

/**
 * One data row of a returned file with something to apply (a 核查结论 or 人工确认 filled in), by column header.
 *
 * @param sheet the sheet's name, "" for a CSV
 * @param row the row number as the analyst sees it
 * @param cells by canonical header ({@link Columns}); absent when the cell is blank or the column missing
 */
record ReturnedRow(String sheet, int row, Map<String, Cell> cells) {

    /**
     * A cell's content.
     *
     * @param text the value as typed (a number as Excel stores it)
     * @param numeric whether Excel stored a number (a date typed into a date cell is one)
     * @param formula whether the cell holds a formula (then {@code text} is its last computed value)
     */
    record Cell(String text, boolean numeric, boolean formula) {}

    String text(String column) {
        Cell c = cells.get(column);
        return c == null ? null : c.text();
    }

    Cell cell(String column) {
        return cells.get(column);
    }
}
