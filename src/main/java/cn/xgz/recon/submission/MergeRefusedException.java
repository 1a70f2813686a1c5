package cn.xgz.recon.submission;

import java.nio.file.Path;

/** The province's merge refuses its input (exit 1, nothing written): the message names the folder and the reason. */
public final class MergeRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    public MergeRefusedException(Path folder, String reason) {
        super("报送目录 " + folder + "：" + reason + "；未合并，未写出任何文件");
    }

    public MergeRefusedException(String reason) {
        super(reason + "；未合并，未写出任何文件");
    }
}
