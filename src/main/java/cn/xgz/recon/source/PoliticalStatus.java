package cn.xgz.recon.source;

/**
 * 政治面貌 as a rider declares it. Kept as the text given (other parties' names are legitimate values); only
 * the two Communist Party values matter to the rules.
 */
public final class PoliticalStatus {

    public static final String FULL_MEMBER = "中共党员";
    public static final String PROBATIONARY_MEMBER = "中共预备党员";

    private PoliticalStatus() {}

    /** 中共党员 or 中共预备党员. */
    public static boolean declaresMembership(String status) {
        return FULL_MEMBER.equals(status) || PROBATIONARY_MEMBER.equals(status);
    }

    /** 中共党员 only (a full member by declaration). */
    public static boolean declaresFullMembership(String status) {
        return FULL_MEMBER.equals(status);
    }
}
