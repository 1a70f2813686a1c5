package cn.xgz.recon.submission;

import cn.xgz.recon.common.CsvText;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** {@code half-year-<yyyy>H<n>-platforms.csv}: per county and platform, in county then platform order (outputs.md). */
public final class PlatformsCsv {

    public static final List<String> HEADER = List.of("县级区划代码", "县级区划名称", "平台", "网约配送员数", "网约配送员党员数",
            "配送站点数", "配送站点党组织数");

    private PlatformsCsv() {}

    public static void write(HalfYearSubmission s, OutputStream out) throws IOException {
        ICSVWriter w = CsvText.open(out);
        w.writeNext(HEADER.toArray(String[]::new), false);
        for (PlatformRow p : s.platforms()) {
            w.writeNext(new String[] {p.countyCode(), s.regions().nameOf(p.countyCode()), CsvText.inert(p.platform()), text(p.riders()),
                text(p.riderMembers()), text(p.stations()), text(p.coveredStations())}, false);
        }
        w.flush();
    }

    static String text(Integer v) {
        return v == null ? "" : v.toString();
    }
}
