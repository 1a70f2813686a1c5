package cn.xgz.recon.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data-dir}: the embedded database, the run lock and the personal-data secret. */
final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "./data",
            description = "数据目录：内置数据库、运行锁、个人信息密钥（默认 ${DEFAULT-VALUE}）")
    Path dataDir;

    /** The absolute data directory, also published to the logging configuration. */
    Path resolve() {
        Path abs = dataDir.toAbsolutePath().normalize();
        System.setProperty("xgz.data-dir", abs.toString());
        return abs;
    }
}
