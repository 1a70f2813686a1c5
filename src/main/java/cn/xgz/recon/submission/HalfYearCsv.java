package cn.xgz.recon.submission;

import cn.xgz.recon.common.CsvText;
import cn.xgz.recon.reference.Region;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code half-year-<yyyy>H<n>.csv}: one row per county of the jurisdiction, zeros included (outputs.md); a figure
 * the run could not count, or a county whose city did not submit, is blank.
 */
public final class HalfYearCsv {

    public static final List<String> HEADER = Stream.concat(Stream.of("县级区划代码", "县级区划名称", "地市代码", "地市名称"),
            Column.CSV.stream().map(Column::csvHeader)).toList();

    private HalfYearCsv() {}

    public static void write(HalfYearSubmission s, OutputStream out) throws IOException {
        ICSVWriter w = CsvText.open(out);
        w.writeNext(HEADER.toArray(String[]::new), false);
        for (Region county : s.jurisdiction().counties()) {
            w.writeNext(row(s, county), false);
        }
        w.flush();
    }

    static String[] row(HalfYearSubmission s, Region county) {
        String city = Region.cityOf(county.code());
        List<String> row = new ArrayList<>(HEADER.size());
        row.addAll(List.of(county.code(), county.name(), city, s.regions().nameOf(city)));
        Figures f = s.figuresOf(county.code());
        for (Column c : Column.CSV) {
            row.add(c.csvText(f));
        }
        return row.toArray(String[]::new);
    }
}
