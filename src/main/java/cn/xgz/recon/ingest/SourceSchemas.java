package cn.xgz.recon.ingest;

import cn.xgz.recon.source.AnnualReport;
import cn.xgz.recon.source.Market;
import cn.xgz.recon.source.PartyMember;
import cn.xgz.recon.source.PartyOrg;
import cn.xgz.recon.source.Registration;
import cn.xgz.recon.source.Rider;
import cn.xgz.recon.source.Source;

/** The schema of each source. Schemas are stateless; one instance each is shared. */
public final class SourceSchemas {

    public static final SourceSchema<Registration> REGISTRATIONS = new RegistrationSchema();
    public static final SourceSchema<AnnualReport> ANNUAL_REPORTS = new AnnualReportSchema();
    public static final SourceSchema<Rider> RIDERS = new RiderSchema();
    public static final SourceSchema<PartyOrg> PARTY_ORGS = new PartyOrgSchema();
    public static final SourceSchema<PartyMember> PARTY_MEMBERS = new PartyMemberSchema();
    public static final SourceSchema<Market> MARKETS = new MarketSchema();

    private SourceSchemas() {}

    public static SourceSchema<?> of(Source source) {
        return switch (source) {
            case REGISTRATIONS -> REGISTRATIONS;
            case ANNUAL_REPORTS -> ANNUAL_REPORTS;
            case RIDERS -> RIDERS;
            case PARTY_ORGS -> PARTY_ORGS;
            case PARTY_MEMBERS -> PARTY_MEMBERS;
            case MARKETS -> MARKETS;
        };
    }
}
