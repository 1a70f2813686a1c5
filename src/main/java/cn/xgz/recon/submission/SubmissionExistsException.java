package cn.xgz.recon.submission;

import java.nio.file.Path;

/** A period's submission has been written already and the run was not told to replace it. */
public final class SubmissionExistsException extends RuntimeException {

    private final transient Path folder;

    public SubmissionExistsException(Period period, Path folder) {
        super(period + " 的半年报送已存在（" + folder + "），不会覆盖；确需重新报送请使用 --replace，原报送将改名保留");
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
