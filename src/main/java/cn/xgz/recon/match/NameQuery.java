package cn.xgz.recon.match;

/**
 * One name to resolve: a roster 工作单位 or an organisation's 覆盖单位名称.
 *
 * @param nameText the name as given, may be blank
 * @param usccGiven the 统一社会信用代码 given with it, null when none
 */
public record NameQuery(String nameText, String usccGiven) {

    public static NameQuery ofName(String nameText) {
        return new NameQuery(nameText, null);
    }
}
