package cn.xgz.recon.store;

/**
 * The store cannot be used (wrong password, server unreachable, a schema from a newer program): a message for the
 * operator that names the setting to look at, and the exit code the command ends with. Never carries a password.
 */
public final class StoreFault extends RuntimeException {

    /** A setting is wrong: the run cannot succeed until an operator changes it (exit 2). */
    public static final int SETTING_ERROR = 2;
    /** The database could not be reached now; the same run may succeed later (exit 1). */
    public static final int UNAVAILABLE = 1;

    private final int exitCode;

    public StoreFault(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
