package cn.xgz.recon.rules;

import cn.xgz.recon.match.MatchDecision;
import cn.xgz.recon.source.SourceData;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The name resolution of one run, aligned with the loaded rows so that no key has to be repeated: one decision
 * per roster member (null when both 工作单位 and its USCC are blank) and, per organisation, one decision per
 * entry of its {@code coveredNames()}.
 *
 * @param members aligned with {@link SourceData#partyMembers()}
 * @param orgCoveredNames aligned with {@link SourceData#partyOrgs()}, each inner list with that organisation's
 *     {@code coveredNames()}
 */
public record NameResolution(List<MatchDecision> members, List<List<MatchDecision>> orgCoveredNames) {

    public NameResolution {
        // Lists may hold nulls (blank workplaces), so List.copyOf is not an option.
        members = Collections.unmodifiableList(new ArrayList<>(members));
        List<List<MatchDecision>> orgs = new ArrayList<>(orgCoveredNames.size());
        for (List<MatchDecision> l : orgCoveredNames) {
            orgs.add(l == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(l)));
        }
        orgCoveredNames = Collections.unmodifiableList(orgs);
    }

    /** A resolution with nothing resolved: for runs without registrations or tests that do not need names. */
    public static NameResolution none(SourceData data) {
        List<MatchDecision> m = new ArrayList<>(Collections.nCopies(data.partyMembers().size(), null));
        List<List<MatchDecision>> o = new ArrayList<>();
        data.partyOrgs().forEach(org -> o.add(new ArrayList<>(Collections.nCopies(org.coveredNames().size(), null))));
        return new NameResolution(m, o);
    }

    /** Fails when the lists are not aligned with the loaded rows: a misaligned decision would credit the wrong unit. */
    void checkAlignedWith(SourceData data) {
        if (members.size() != data.partyMembers().size()) {
            throw new IllegalArgumentException("名称匹配结果与党员信息行数不一致：" + members.size() + " / "
                    + data.partyMembers().size());
        }
        if (orgCoveredNames.size() != data.partyOrgs().size()) {
            throw new IllegalArgumentException("名称匹配结果与党组织信息行数不一致：" + orgCoveredNames.size() + " / "
                    + data.partyOrgs().size());
        }
        for (int i = 0; i < orgCoveredNames.size(); i++) {
            int want = data.partyOrgs().get(i).coveredNames().size();
            if (orgCoveredNames.get(i).size() != want) {
                throw new IllegalArgumentException("党组织" + data.partyOrgs().get(i).orgCode()
                        + "的覆盖单位名称匹配结果数量不一致：" + orgCoveredNames.get(i).size() + " / " + want);
            }
        }
    }
}
