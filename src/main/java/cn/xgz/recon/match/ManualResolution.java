package cn.xgz.recon.match;

import java.util.Set;

/**
 * Analysts' decisions on names (feedback.md, matches an analyst decides), as name resolution applies them: keyed by
 * the name's source and its normalised form ({@link NameNormalizer#normalize(String)}, {@link NormalizedName#full()}).
 */
public interface ManualResolution {

    /** No decisions: resolution as if the feature did not exist. */
    ManualResolution NONE = new ManualResolution() {
        @Override
        public boolean isEmpty() {
            return true;
        }

        @Override
        public String fixedUscc(Source source, String normalizedName) {
            return null;
        }

        @Override
        public Set<String> forbidden(Source source, String normalizedName) {
            return Set.of();
        }
    };

    /** Where a run gets the decisions in force on its run date (the feedback store). */
    @FunctionalInterface
    interface Store {
        ManualResolution on(java.time.LocalDate runDate);
    }

    /** Which names a decision is about. */
    enum Source {
        MEMBER_WORKPLACE,
        ORG_COVERED
    }

    boolean isEmpty();

    /** The registration the name is fixed to (确认匹配 / 指定主体), null when none. */
    String fixedUscc(Source source, String normalizedName);

    /** The registrations the name must not resolve to (否定匹配); empty when none. */
    Set<String> forbidden(Source source, String normalizedName);
}
