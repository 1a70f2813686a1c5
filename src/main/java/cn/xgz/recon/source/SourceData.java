package cn.xgz.recon.source;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Everything one run loaded, in file order. {@link #present} names the sources that had at least one file
 * in the input folder: a source with no file is missing (its rules are skipped), which is not the same as a
 * source whose files held no rows.
 */
public record SourceData(
        Set<Source> present,
        List<Registration> registrations,
        List<AnnualReport> annualReports,
        List<Rider> riders,
        List<PartyOrg> partyOrgs,
        List<PartyMember> partyMembers,
        List<Market> markets) {

    public SourceData {
        present = present.isEmpty() ? EnumSet.noneOf(Source.class) : EnumSet.copyOf(present);
    }

    public boolean has(Source source) {
        return present.contains(source);
    }
}
