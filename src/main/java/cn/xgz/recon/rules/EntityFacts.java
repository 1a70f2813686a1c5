package cn.xgz.recon.rules;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * The run's per-entity facts. At province scale there are millions, so the store behind this is the rules
 * engine's business (arrays by registration position rather than a map of objects); readers only look up.
 */
public interface EntityFacts {

    Optional<EntityFact> of(String uscc);

    /** In-scope entities in registration order. */
    Stream<EntityFact> inScope();

    /** The USCC of every registration of the run, in scope or not, in registration order. */
    Stream<String> registered();
}
