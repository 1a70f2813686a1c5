package cn.xgz.recon.feedback;

/** A returned file that cannot be read as a whole: nothing of it is applied (exit 4). The message is Chinese. */
public final class FileRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    public FileRefusedException(String message) {
        super(message);
    }

    public FileRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
