package cn.xgz.recon.schedule;

/** The exit codes of {@code jobs/xgz} (outputs.md), with what they mean for whoever reads the scheduler's log. */
public enum ExitCode {
    SUCCESS(0, "成功"),
    JOB_FAILED(1, "作业失败（日志指明失败步骤；以相同运行日期重跑将从失败步骤续跑）"),
    USAGE(2, "用法错误：参数有误，或输入目录不存在、不可读"),
    LOCKED(3, "另一运行正持有同一数据目录的锁"),
    INPUT_REJECTED(4, "运行完成并已生成报告，但至少有一个输入文件被整体拒收");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /** "退出码 1：作业失败…", or the bare number for a code the launcher does not define. */
    public static String describe(int code) {
        for (ExitCode e : values()) {
            if (e.code == code) {
                return "退出码 " + code + "：" + e.meaning;
            }
        }
        return "退出码 " + code + "：未定义的退出码（进程可能被信号终止）";
    }

    /** 0 and 4 both leave the run's reports written. */
    public static boolean reportsWritten(int code) {
        return code == SUCCESS.code || code == INPUT_REJECTED.code;
    }
}
