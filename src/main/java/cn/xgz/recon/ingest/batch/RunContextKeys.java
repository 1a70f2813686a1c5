package cn.xgz.recon.ingest.batch;

/** Execution-context keys the ingest steps write and the run summary reads. */
public final class RunContextKeys {

    /** JSON list of {@link FileStats}. */
    public static final String FILE_STATS = "fileStats";
    /** Committed length of the staged loaded rows. */
    public static final String STAGED_LENGTH = "staging.loadedLength";
    /** Committed length of the staged rejects. */
    public static final String REJECTS_LENGTH = "staging.rejectsLength";
    /** Whether the source had any file in the input folder. */
    public static final String PRESENT = "source.present";

    /**
     * JSON list of the finding subject keys of rows rejected although their key could be read, and that no other
     * row of the source loaded (rules.md: such a subject's findings are carried, not resolved).
     */
    public static final String REJECTED_SUBJECTS = "rejectedSubjects";

    private RunContextKeys() {}
}
