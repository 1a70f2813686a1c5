package cn.xgz.recon.feedback;

import java.time.LocalDate;

/** What an import checks a returned row against: the findings the history knows. */
public interface KnownFindings {

    /**
     * The finding's facts as of a run, null when no such run or the run did not have it.
     *
     * @param cityCode the subject's city, null when its county is unknown
     */
    record Facts(String cityCode, long metric, String basis) {}

    /** Whether any run has completed (without one, nothing can be reviewed). */
    boolean anyRun();

    /** The finding in the latest completed run, or in the run the returned workbook was made by; null if neither. */
    Facts current(String findingId, LocalDate workbookRunDate);

    /** The finding in the latest completed run on or before {@code date}; null when none had it. */
    Facts asOf(String findingId, LocalDate date);
}
