package cn.xgz.recon.common;

import java.util.Map;

/**
 * The exit codes of {@code jobs/xgz} (outputs.md), which cron entries and the scheduler act on, with what each means
 * for whoever reads a log. The one table: commands return these, the scheduler and the status report describe them.
 */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** The job failed; the message names the step, and the run can be restarted. */
    public static final int FAILED = 1;
    /** Bad arguments, an input folder that does not exist, cannot be read or holds no source's file, a bad setting. */
    public static final int USAGE = 2;
    /** Another run holds the lock on the same data directory. */
    public static final int LOCKED = 3;
    /** The run completed and wrote its reports, but an input file was rejected whole or a source had no file. */
    public static final int FILE_REJECTED = 4;

    private static final Map<Integer, String> MEANINGS = Map.of(
            OK, "成功",
            FAILED, "作业失败（日志指明失败步骤；以相同运行日期重跑将从失败步骤续跑）",
            USAGE, "用法错误：参数有误、输入目录不存在或不可读、输入目录中没有任何数据源的文件，或某项设置的值无效",
            LOCKED, "另一运行正持有同一数据目录的锁",
            FILE_REJECTED, "运行完成并已生成报告，但至少有一个输入文件被整体拒收，或某数据源没有任何文件");

    private ExitCodes() {}

    /** "退出码 1：作业失败…", or the bare number for a code the launcher does not define. */
    public static String describe(int code) {
        String meaning = MEANINGS.get(code);
        return "退出码 " + code + "：" + (meaning != null ? meaning : "未定义的退出码（进程可能被信号终止）");
    }

    /** 0 and 4 both leave the run's reports written. */
    public static boolean reportsWritten(int code) {
        return code == OK || code == FILE_REJECTED;
    }
}
