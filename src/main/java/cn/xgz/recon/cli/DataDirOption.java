package cn.xgz.recon.cli;

import cn.xgz.recon.common.logging.RunLog;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data-dir}: the embedded database, the run lock, the personal-data secret and the logs. */
final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "./data",
            description = "数据目录：内置数据库、运行锁、个人信息密钥与日志 logs/（默认 ${DEFAULT-VALUE}）")
    Path dataDir;

    /** The absolute data directory, also where this command's log goes ({@code logs/xgz.log}). */
    Path resolve() {
        Path abs = dataDir.toAbsolutePath().normalize();
        RunLog.useDataDir(abs, "xgz");
        return abs;
    }
}
