package cn.xgz.recon.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * picocli's usage errors as one Chinese line that names the option (outputs.md: unknown option, missing option, a
 * value that is not a date…). An operator reads it in a cron mail; picocli's English and exception class names
 * would not help them.
 */
final class UsageMessages {

    private UsageMessages() {}

    static String describe(CommandLine.ParameterException ex, String... args) {
        String command = ex.getCommandLine().getCommandSpec().qualifiedName(" ");
        return "参数错误（" + command + "）：" + reason(ex, args) + "。用 " + command + " --help 查看用法";
    }

    private static String reason(CommandLine.ParameterException ex, String... args) {
        // picocli reports a missing required option before an unknown one, but `--inptu x` is the typo to name.
        CommandLine.UnmatchedArgumentException unknown = ex instanceof CommandLine.UnmatchedArgumentException u ? u
                : unknownOption(ex.getCommandLine(), args);
        if (unknown != null) {
            List<String> unmatched = unknown.getUnmatched();
            CommandLine.UnmatchedArgumentException u = unknown;
            String first = unmatched.isEmpty() ? "" : unmatched.get(0);
            List<String> suggestions = u.getSuggestions();
            String what = first.startsWith("-") ? "未知的选项 " + first : "多余的参数 " + first;
            return what + (suggestions.isEmpty() ? "" : "（是否想用 " + String.join(" 或 ", suggestions) + "？）");
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            List<ArgSpec> missing = m.getMissing();
            if (ex.getMessage() != null && ex.getMessage().startsWith("Missing required parameter for option")
                    && missing.size() == 1) {
                return "选项 " + name(missing.get(0)) + " 缺少取值（" + missing.get(0).paramLabel() + "）";
            }
            return "缺少必需的选项 " + missing.stream().map(a -> name(a) + " " + a.paramLabel()).collect(Collectors.joining("、"));
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o) {
            return "选项 " + name(o.getOverwritten()) + " 只能给一次";
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg != null && ex.getValue() != null) {
            return "选项 " + name(arg) + " 的值“" + ex.getValue() + "”无效：应为" + expected(arg.type());
        }
        if (arg != null) {
            return "选项 " + name(arg) + " 的取值无效";
        }
        return "无法解析命令行（" + ex.getMessage() + "）";
    }

    /** The first argument after the sub-command's name that looks like an option the command does not have. */
    private static CommandLine.UnmatchedArgumentException unknownOption(CommandLine cl, String... args) {
        CommandLine.Model.CommandSpec spec = cl.getCommandSpec();
        int start = spec.parent() == null ? 0 : java.util.Arrays.asList(args).indexOf(spec.name()) + 1;
        for (int i = Math.max(start, 0); i < args.length; i++) {
            String a = args[i];
            if ("--".equals(a)) {
                return null;
            }
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            if (name.startsWith("-") && name.length() > 1 && spec.findOption(name) == null) {
                return new CommandLine.UnmatchedArgumentException(cl, List.of(name));
            }
        }
        return null;
    }

    private static String name(ArgSpec a) {
        return a instanceof OptionSpec o ? o.longestName() : a.paramLabel();
    }

    private static String expected(Class<?> type) {
        if (type == LocalDate.class) {
            return "日期，格式 yyyy-MM-dd（例如 2025-09-30）";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "整数";
        }
        if (type == double.class || type == Double.class) {
            return "数字";
        }
        if (type == java.nio.file.Path.class) {
            return "路径";
        }
        return "合法的取值";
    }
}
