package cn.xgz.recon.cli;

import cn.xgz.recon.common.ExitCodes;
import cn.xgz.recon.common.RunLock;
import cn.xgz.recon.store.StoreCopy;
import cn.xgz.recon.store.StoreFault;
import cn.xgz.recon.store.StoreFaults;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code xgz store-copy}: an installation's embedded store into an empty PostgreSQL database, history kept. */
@Command(name = "store-copy", mixinStandardHelpOptions = true,
        description = {"将数据目录中的内置数据库（H2）完整复制到一个新建的空 PostgreSQL 数据库：作业记录、发现台账、区县数据等全部保留。",
            "复制前后核对各表行数；源库只读取。完成后将 xgz.db.url（XGZ_DB_URL）等设置指向目标库即可。",
            "目标库的密码取自环境变量 XGZ_DB_PASSWORD（不在命令行中给出）。",
            "退出码：0 成功；1 复制失败；2 参数错误或目标库不是空的；3 数据目录被另一运行锁定。"})
final class StoreCopyCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--to-url", required = true, paramLabel = "URL",
            description = "目标数据库，例如 jdbc:postgresql://127.0.0.1:5432/xgz")
    String toUrl;

    @Option(names = "--to-user", paramLabel = "USER", description = "目标库用户名（默认取环境变量 XGZ_DB_USER）")
    String toUser;

    @Mixin
    DataDirOption dataDirOption = new DataDirOption();

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Path dataDir = dataDirOption.resolve();
        Path h2 = dataDir.resolve("db/xgz.mv.db");
        if (!Files.isRegularFile(h2)) {
            err.println("参数错误：数据目录中没有内置数据库：" + h2);
            return ExitCodes.USAGE;
        }
        Map<String, String> env = System.getenv();
        String user = toUser != null ? toUser : env.getOrDefault("XGZ_DB_USER", "postgres");
        var source = new DriverManagerDataSource("jdbc:h2:file:" + dataDir.resolve("db/xgz") + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
        var target = new DriverManagerDataSource(toUrl, user, env.getOrDefault("XGZ_DB_PASSWORD", ""));
        try (RunLock lock = RunLock.acquire(dataDir, "store-copy")) {
            StoreCopy.Result r = StoreCopy.copy(source, target);
            PrintWriter out = spec.commandLine().getOut();
            r.rows().forEach((table, n) -> out.printf("%-32s %,12d 行%n", table, n));
            out.println("已复制到 " + toUrl.replaceAll("[?;].*", "") + "，各表行数一致。之后请将 xgz.db.url（XGZ_DB_URL）、xgz.db.user、"
                    + "xgz.db.password 指向该库；数据目录中的 H2 文件可留作备份。");
            return ExitCodes.OK;
        } catch (RunLock.HeldException e) {
            err.println(e.getMessage());
            return ExitCodes.LOCKED;
        } catch (StoreCopy.TargetNotEmpty e) {
            err.println(e.getMessage());
            return ExitCodes.USAGE;
        } catch (RuntimeException | java.sql.SQLException e) {
            StoreFault fault = StoreFaults.of(e, toUrl);
            if (fault == null) {
                throw e;
            }
            throw fault;
        }
    }
}
