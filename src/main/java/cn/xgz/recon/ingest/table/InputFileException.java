package cn.xgz.recon.ingest.table;

/**
 * A whole input file cannot be read (unknown encoding, corrupt .xlsx, a limit exceeded, a required column
 * missing). The message is Chinese, names the file and never carries cell contents, so it can be logged and
 * shown in the run summary as it is.
 */
public class InputFileException extends RuntimeException {

    private final String file;
    private final String problem;

    public InputFileException(String file, String problem) {
        this(file, problem, null);
    }

    public InputFileException(String file, String problem, Throwable cause) {
        super("文件 " + file + " 无法读取：" + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    /** The file name (no directory). */
    public String file() {
        return file;
    }

    /** What is wrong, without the file name (e.g. for a column of the run summary). */
    public String problem() {
        return problem;
    }
}
