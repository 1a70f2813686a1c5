package cn.xgz.recon.ingest;

import cn.xgz.recon.reference.IndustryTable;
import cn.xgz.recon.reference.RegionTable;
import java.time.LocalDate;

/**
 * What validation needs beyond the row itself.
 *
 * @param runDate the run date (年报年度 may not be after its year)
 * @param regions the jurisdiction's region table (行政区划代码 must be county codes in it)
 * @param industries GB/T 4754-2017 (行业代码)
 */
public record IngestContext(LocalDate runDate, RegionTable regions, IndustryTable industries) {

    /** The shipped tables (福建省, GB/T 4754-2017). */
    public static IngestContext standard(LocalDate runDate) {
        return new IngestContext(runDate, RegionTable.fujian(), IndustryTable.standard());
    }
}
