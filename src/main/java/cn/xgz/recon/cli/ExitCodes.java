package cn.xgz.recon.cli;

/** The exit codes of outputs.md, which cron entries and the scheduler act on. */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** The job failed; the message names the step, and the run can be restarted. */
    public static final int FAILED = 1;
    /** Bad arguments, or an input folder that does not exist or cannot be read. */
    public static final int USAGE = 2;
    /** Another run holds the lock on the same data directory. */
    public static final int LOCKED = 3;
    /** The run completed and wrote its reports, but at least one input file was rejected whole. */
    public static final int FILE_REJECTED = 4;

    private ExitCodes() {}
}
