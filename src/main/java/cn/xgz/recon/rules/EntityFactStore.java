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
        return pos < 0 ? Optional.empty() : Optional.of(at(pos));
    }

    @Override
    public Stream<EntityFact> inScope() {
        return IntStream.iterate(f.inScope.nextSetBit(0), pos -> pos >= 0, pos -> f.inScope.nextSetBit(pos + 1))
                .mapToObj(this::at);
    }

    @Override
    public Stream<String> registered() {
        return f.regs.stream().map(r -> r.uscc());
    }

    EntityFact at(int pos) {
        var r = f.regs.get(pos);
        return new EntityFact(r.uscc(), r.name(), r.regionCode(), r.officeName(), r.marketId(), f.industrySection(pos),
                f.active.get(pos), f.inScope.get(pos), f.rosterMembers[pos], f.fullMembers[pos], f.reportedMembers[pos],
                f.memberBase(pos), f.latestYear[pos], f.eligibleBasis(pos), f.coveringOrgCodes(pos), r.legalRepName(), r.status().label());
    }
}
