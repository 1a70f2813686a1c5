package cn.xgz.recon.generate;

import cn.xgz.recon.source.EntityScale;
import cn.xgz.recon.source.EntityType;
import cn.xgz.recon.source.Formation;
import cn.xgz.recon.source.MemberType;
import cn.xgz.recon.source.OrgType;
import cn.xgz.recon.source.RegistrationStatus;
import cn.xgz.recon.source.ReportedOrgForm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The planned content of one block of entities and everything attached to them (people, organisations,
 * stations, markets). A block is planned from its seed alone; the writers turn plans into rows.
 */
final class Plan {

    private Plan() {}

    /** Delivery platforms, with their rider-file suffix and the names riders give as their workplace. */
    enum Platform {
        MEITUAN("美团", "MT", "meituan", List.of("美团外卖", "美团", "北京三快在线科技有限公司")),
        ELEME("饿了么", "ELM", "eleme", List.of("饿了么", "饿了么蜂鸟配送", "拉扎斯网络科技（上海）有限公司")),
        PUPU("朴朴", "PP", "pupu", List.of("朴朴超市", "朴朴", "福州朴朴电子商务有限公司"));

        final String label;
        final String idPrefix;
        final String fileSuffix;
        final List<String> workplaceNames;

        Platform(String label, String idPrefix, String fileSuffix, List<String> workplaceNames) {
            this.label = label;
            this.idPrefix = idPrefix;
            this.fileSuffix = fileSuffix;
            this.workplaceNames = workplaceNames;
        }
    }

    /** A registered name in parts, so that workplace variants can add or drop exactly one of them. */
    static final class EntityName {
        String prefix = "";
        String zihao;
        String bracket;
        String trade;
        String form = "";

        String full() {
            return prefix + body();
        }

        /** The name without its region prefix. */
        String body() {
            return zihao + (bracket == null ? "" : "（" + bracket + "）") + trade + form;
        }
    }

    static final class Entity {
        int slot;
        long index;
        boolean claimed;
        EntityType type;
        EntityScale scale;
        String county;
        EntityName name;
        boolean rare;
        String uscc;
        /** The industry code as written in the file ({@code F5292}, {@code 529}, …), null when blank. */
        String industry;
        LocalDate established;
        RegistrationStatus status = RegistrationStatus.ACTIVE;
        Person rep;
        boolean repIdBlank;
        String marketId;
        int employees;
        String officeCode;
        String officeName;
        String address;
        /** Distinct roster persons whose workplace resolves here, and the full members among them. */
        int resolving;
        int resolvingFull;
        Org coveredBy;
        Integer aOverride;
        ReportedOrgForm formOverride;
        Boolean repMemberOverride;
        int[] yearsOverride;
        List<Report> reports = List.of();

        boolean activeOn(LocalDate d) {
            return status == RegistrationStatus.ACTIVE && !established.isAfter(d);
        }

        /** In scope for the entity rules (小个专), ignoring market operators. */
        boolean smallBusiness() {
            return type == EntityType.INDIVIDUAL
                    || (type == EntityType.ENTERPRISE && (scale == null || scale == EntityScale.MICRO
                            || scale == EntityScale.SMALL))
                    || marketId != null;
        }

        boolean enterprise() {
            return type == EntityType.ENTERPRISE;
        }
    }

    static final class Report {
        int year;
        int count;
        ReportedOrgForm form;
        Boolean repMember;
        Boolean repSecretary;
        LocalDate filed;
    }

    static final class Person {
        int slot;
        long index;
        Identities.Pool pool;
        String id;
        String name;
        String phone;
        Member member;
        final List<Rider> rides = new ArrayList<>(1);
    }

    static final class Member {
        String orgCode;
        MemberType type;
        String workplaceName;
        String workplaceUscc;
        Entity resolvesTo;
        Boolean flowing;
        String flowRegion;
        LocalDate joined;
    }

    static final class Rider {
        Person person;
        Station station;
        String riderId;
        String political;
        /** 在岗, 离职, or blank (which means 在岗). */
        String activeText;
    }

    static final class Station {
        Platform platform;
        String id;
        String name;
        String county;
        String operatorUscc;
    }

    static final class Org {
        String code;
        String name;
        OrgType type;
        Formation formation;
        String parent;
        String county;
        LocalDate established;
        final List<String> usccs = new ArrayList<>(2);
        final List<String> names = new ArrayList<>(1);
        Boolean flowBranch;
        /** 正常, 撤销, or null for blank. */
        String status;

        boolean activeOn(LocalDate d) {
            return !"撤销".equals(status) && (established == null || !established.isAfter(d));
        }
    }

    static final class Market {
        String id;
        String name;
        String operatorUscc;
        String category;
        String county;
        String officeCode;
        Integer stallCount;
    }

    /**
     * What a planted scenario expects of the rules: rule (R01…R13, or RESOLVE / COVERED for name resolution),
     * subject and key as findings name them (USCC, org code, 平台|站点编号, market id, or the person's ID number),
     * whether it fires, and a detail (basis, or the USCC a name should resolve to).
     */
    record Expectation(String scenario, String rule, String subjectType, String key, boolean fires, String detail) {}

    static final class Block {
        int index;
        String county;
        Entity[] entities;
        final List<Person> persons = new ArrayList<>();
        final List<Rider> riders = new ArrayList<>();
        final List<Org> orgs = new ArrayList<>();
        final List<Station> stations = new ArrayList<>();
        final List<Market> markets = new ArrayList<>();
        final List<Expectation> expectations = new ArrayList<>();
        /** Scenario instances placed in this block, by label. */
        final TreeMap<String, Integer> planted = new TreeMap<>();
        /** Background phenomena in this block, by label. */
        final TreeMap<String, Integer> natural = new TreeMap<>();
    }
}
