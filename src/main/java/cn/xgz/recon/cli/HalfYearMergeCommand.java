package cn.xgz.recon.cli;

import cn.xgz.recon.common.ExitCodes;
import cn.xgz.recon.config.ReferenceConfiguration;
import cn.xgz.recon.config.XgzProperties;
import cn.xgz.recon.reference.RegionTable;
import cn.xgz.recon.submission.HalfYearSubmission;
import cn.xgz.recon.submission.HalfYearSubmissionWriter;
import cn.xgz.recon.submission.MergeRefusedException;
import cn.xgz.recon.submission.Period;
import cn.xgz.recon.submission.SubmissionExistsException;
import cn.xgz.recon.submission.SubmissionMerge;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code xgz half-year-merge}: the province merges the cities' half-year submissions (合并各地市半年报送). */
@Command(name = "half-year-merge", mixinStandardHelpOptions = true,
        description = {"省局合并各地市的半年报送：逐一核验每个报送目录（manifest.sha256、报送期、表头、区划），",
            "同一地市不得报送两次；有任何不符即拒绝（退出码1），不写出任何文件。",
            "通过后写出 DIR/half-year/yyyyHn/（报送表、CSV、分平台CSV、manifest.sha256），未报送地市的县级区划保留空白行并标注“未报送”。",
            "已写出的期次不覆盖，除非 --replace（原报送改名保留）。",
            "退出码：0 成功；1 拒绝合并或写出失败；2 参数错误。"})
final class HalfYearMergeCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    HalfYearOptions halfYear = new HalfYearOptions();

    @Option(names = "--replace", description = "替换已写出的同期合并报送（原报送改名保留）")
    boolean replace;

    @Parameters(arity = "1..*", paramLabel = "SUBMISSION_DIR", description = "各地市的报送目录（其 half-year/yyyyHn/ 目录）")
    List<Path> submissions;

    @Override
    public Integer call() throws Exception {
        Period p = halfYear.period(spec.commandLine().getErr());
        if (p == null) {
            return ExitCodes.USAGE;
        }
        for (Path dir : submissions) {
            if (!Files.isDirectory(dir) || !Files.isReadable(dir)) {
                spec.commandLine().getErr().println("参数错误：报送目录不存在或不可读：" + dir);
                return ExitCodes.USAGE;
            }
        }
        // The merge needs the region table and 填报单位, no store; its settings are read and checked like every command's.
        XgzProperties props = SpringRuntime.settings();
        RegionTable regions = ReferenceConfiguration.loadRegionTable(props);
        var jurisdiction = SpringRuntime.jurisdictionProblem(regions, props);
        if (jurisdiction.isPresent()) {
            spec.commandLine().getErr().println(jurisdiction.get());
            return ExitCodes.USAGE;
        }
        try {
            HalfYearSubmission merged = SubmissionMerge.merge(p, submissions, regions, props.reportingUnit(), LocalDate.now());
            HalfYearSubmissionWriter.Written w = new HalfYearSubmissionWriter(Clock.systemDefaultZone())
                    .write(merged, halfYear.out(), replace);
            String missing = merged.notSubmitted().isEmpty() ? "" : "；未报送：" + String.join("、",
                    regions.cities().stream().filter(c -> merged.notSubmitted().contains(c.code())).map(c -> c.name()).toList());
            spec.commandLine().getOut().println(p.chineseName() + "合并报送已写出：" + w.folder() + missing
                    + (w.replaced() == null ? "" : "；原报送保留为 " + w.replaced()));
            return ExitCodes.OK;
        } catch (MergeRefusedException | SubmissionExistsException e) {
            spec.commandLine().getErr().println("合并被拒绝：" + e.getMessage());
            return ExitCodes.FAILED;
        }
    }
}
