package cn.xgz.recon.rules;

import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The run's per-entity facts kept in the run's arrays by registration position; an {@link EntityFact} is made only
 * when someone looks one up, so millions of entities cost a few arrays, not millions of objects.
 */
final class EntityFactStore implements EntityFacts {

    private final RunFacts f;

    EntityFactStore(RunFacts f) {
        this.f = f;
    }

    @Override
    public Optional<EntityFact> of(String uscc) {
        int pos = f.regIndex.get(uscc);
        // The code looked up is the registered one: not decoded again from its column.
        return pos < 0 ? Optional.empty() : Optional.of(at(pos, uscc));
    }

    @Override
    public Stream<EntityFact> inScope() {
        return IntStream.iterate(f.inScope.nextSetBit(0), pos -> pos >= 0, pos -> f.inScope.nextSetBit(pos + 1))
                .mapToObj(this::at);
    }

    @Override
    public Stream<String> registered() {
        return IntStream.range(0, f.regs.size()).mapToObj(f.regs::uscc);
    }

    EntityFact at(int pos) {
        return at(pos, f.regs.uscc(pos));
    }

    private EntityFact at(int pos, String uscc) {
        var r = f.regs;
        return new EntityFact(uscc, r.name(pos), r.regionCode(pos), r.officeName(pos), r.marketId(pos),
                f.industrySection(pos), f.active.get(pos), f.inScope.get(pos), f.rosterMembers[pos], f.fullMembers[pos],
                f.reportedMembers[pos], f.memberBase(pos), f.latestYear[pos], f.eligibleBasis(pos),
                f.coveringOrgCodes(pos), r.legalRepName(pos), r.status(pos).label());
    }
}
