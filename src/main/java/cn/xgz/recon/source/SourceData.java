package cn.xgz.recon.source;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Everything one run loaded, in file order. {@link #present} names the sources that had at least one file
 * in the input folder: a source with no file is missing (its rules are skipped), which is not the same as a
 * source whose files held no rows. Registrations and annual reports are held as column tables whatever list they were
 * given in, so that the per-entity passes can read their columns.
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
        registrations = RegistrationTable.of(registrations);
        annualReports = AnnualReportTable.of(annualReports);
    }

    /** {@link #registrations()} as the table it is. */
    public RegistrationTable registrationTable() {
        return (RegistrationTable) registrations;
    }

    /** {@link #annualReports()} as the table it is. */
    public AnnualReportTable annualReportTable() {
        return (AnnualReportTable) annualReports;
    }

    public boolean has(Source source) {
        return present.contains(source);
    }
}
