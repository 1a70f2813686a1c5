package cn.xgz.recon.ingest.batch;

import cn.xgz.recon.common.binary.BinaryIn;
import cn.xgz.recon.common.binary.BinaryOut;
import cn.xgz.recon.source.AnnualReport;
import cn.xgz.recon.source.EntityScale;
import cn.xgz.recon.source.EntityType;
import cn.xgz.recon.source.Formation;
import cn.xgz.recon.source.Market;
import cn.xgz.recon.source.MemberType;
import cn.xgz.recon.source.OrgStatus;
import cn.xgz.recon.source.OrgType;
import cn.xgz.recon.source.PartyMember;
import cn.xgz.recon.source.PartyOrg;
import cn.xgz.recon.source.Registration;
import cn.xgz.recon.source.RegistrationStatus;
import cn.xgz.recon.source.ReportedOrgForm;
import cn.xgz.recon.source.Rider;
import java.io.IOException;
import java.util.function.Predicate;

/** The staging codecs of the six loaded-row records. Field order is the record's; keep them in step. */
final class SourceCodecs {

    private SourceCodecs() {}

    static final RecordCodec<Registration> REGISTRATION = new RecordCodec<>() {
        @Override
        public void write(BinaryOut o, Registration r) throws IOException {
            o.string(r.uscc());
            o.string(r.name());
            o.enumValue(r.type());
            o.enumValue(r.scale());
            o.string(r.regionCode());
            o.string(r.officeCode());
            o.string(r.officeName());
            o.string(r.industryCode());
            o.date(r.established());
            o.enumValue(r.status());
            o.string(r.legalRepName());
            o.string(r.legalRepId());
            o.string(r.marketId());
            o.integer(r.employees());
            o.string(r.address());
            o.string(r.file());
            o.intValue(r.row());
        }

        @Override
        public Registration read(BinaryIn i) throws IOException {
            return new Registration(i.string(), i.string(), i.enumValue(EntityType.class), i.enumValue(EntityScale.class),
                    i.string(), i.string(), i.string(), i.string(), i.date(), i.enumValue(RegistrationStatus.class),
                    i.string(), i.string(), i.string(), i.integer(), i.string(), i.string(), i.intValue());
        }
    };

    /** A staged registration's USCC and 住所, as far as the workbooks' 任务清单 needs them. */
    record UsccAddress(String uscc, String address) {}

    /**
     * Reads a record that {@link #REGISTRATION} wrote for its USCC and 住所 only, passing over the other fields without
     * making strings of them, and over the 住所 too when {@code wanted} does not want the USCC's: the workbooks look up
     * a few hundred thousand addresses among millions of registrations. Follows REGISTRATION's field order.
     */
    static RecordReader<UsccAddress> registrationAddress(Predicate<String> wanted) {
        return i -> {
            String uscc = i.string();
            i.skipString(); // name
            i.skipEnum(); // type
            i.skipEnum(); // scale
            i.skipString(); // regionCode
            i.skipString(); // officeCode
            i.skipString(); // officeName
            i.skipString(); // industryCode
            i.skipLong(); // established
            i.skipEnum(); // status
            i.skipString(); // legalRepName
            i.skipString(); // legalRepId
            i.skipString(); // marketId
            i.skipInteger(); // employees
            String address = null;
            if (uscc != null && wanted.test(uscc)) {
                address = i.string();
            } else {
                i.skipString();
            }
            i.skipString(); // file
            i.intValue(); // row
            return new UsccAddress(uscc, address);
        };
    }

    static final RecordCodec<AnnualReport> ANNUAL_REPORT = new RecordCodec<>() {
        @Override
        public void write(BinaryOut o, AnnualReport r) throws IOException {
            o.string(r.uscc());
            o.intValue(r.reportYear());
            o.intValue(r.partyMemberCount());
            o.enumValue(r.orgForm());
            o.bool(r.legalRepIsMember());
            o.bool(r.legalRepIsSecretary());
            o.date(r.filedDate());
            o.string(r.file());
            o.intValue(r.row());
        }

        @Override
        public AnnualReport read(BinaryIn i) throws IOException {
            return new AnnualReport(i.string(), i.intValue(), i.intValue(), i.enumValue(ReportedOrgForm.class),
                    i.bool(), i.bool(), i.date(), i.string(), i.intValue());
        }
    };

    static final RecordCodec<Rider> RIDER = new RecordCodec<>() {
        @Override
        public void write(BinaryOut o, Rider r) throws IOException {
            o.string(r.platform());
            o.string(r.riderId());
            o.string(r.name());
            o.string(r.idNumber());
            o.string(r.phone());
            o.string(r.stationId());
            o.string(r.stationName());
            o.string(r.stationRegionCode());
            o.string(r.stationOperatorUscc());
            o.string(r.politicalStatus());
            o.bool(r.active());
            o.string(r.file());
            o.intValue(r.row());
        }

        @Override
        public Rider read(BinaryIn i) throws IOException {
            return new Rider(i.string(), i.string(), i.string(), i.string(), i.string(), i.string(), i.string(),
                    i.string(), i.string(), i.string(), i.bool(), i.string(), i.intValue());
        }
    };

    static final RecordCodec<PartyOrg> PARTY_ORG = new RecordCodec<>() {
        @Override
        public void write(BinaryOut o, PartyOrg r) throws IOException {
            o.string(r.orgCode());
            o.string(r.orgName());
            o.enumValue(r.type());
            o.enumValue(r.formation());
            o.string(r.parentOrgCode());
            o.string(r.regionCode());
            o.date(r.established());
            o.strings(r.coveredUsccs());
            o.strings(r.coveredNames());
            o.bool(r.flowBranch());
            o.enumValue(r.status());
            o.string(r.file());
            o.intValue(r.row());
        }

        @Override
        public PartyOrg read(BinaryIn i) throws IOException {
            return new PartyOrg(i.string(), i.string(), i.enumValue(OrgType.class), i.enumValue(Formation.class),
                    i.string(), i.string(), i.date(), i.strings(), i.strings(), i.bool(), i.enumValue(OrgStatus.class),
                    i.string(), i.intValue());
        }
    };

    static final RecordCodec<PartyMember> PARTY_MEMBER = new RecordCodec<>() {
        @Override
        public void write(BinaryOut o, PartyMember r) throws IOException {
            o.string(r.idNumber());
            o.string(r.name());
            o.string(r.orgCode());
            o.enumValue(r.type());
            o.string(r.workplaceName());
            o.string(r.workplaceUscc());
            o.bool(r.flowing());
            o.string(r.flowRegionCode());
            o.date(r.joined());
            o.string(r.file());
            o.intValue(r.row());
        }

        @Override
        public PartyMember read(BinaryIn i) throws IOException {
            return new PartyMember(i.string(), i.string(), i.string(), i.enumValue(MemberType.class), i.string(),
                    i.string(), i.bool(), i.string(), i.date(), i.string(), i.intValue());
        }
    };

    static final RecordCodec<Market> MARKET = new RecordCodec<>() {
        @Override
        public void write(BinaryOut o, Market r) throws IOException {
            o.string(r.marketId());
            o.string(r.marketName());
            o.string(r.operatorUscc());
            o.string(r.category());
            o.string(r.regionCode());
            o.string(r.officeCode());
            o.integer(r.stallCount());
            o.string(r.file());
            o.intValue(r.row());
        }

        @Override
        public Market read(BinaryIn i) throws IOException {
            return new Market(i.string(), i.string(), i.string(), i.string(), i.string(), i.string(), i.integer(),
                    i.string(), i.intValue());
        }
    };
}
