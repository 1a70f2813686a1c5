package cn.xgz.recon.config;

import cn.xgz.recon.common.PersonKeys;
import cn.xgz.recon.feedback.FeedbackImports;
import cn.xgz.recon.feedback.FeedbackSettings;
import cn.xgz.recon.feedback.FeedbackStore;
import cn.xgz.recon.feedback.MatchDecisions;
import cn.xgz.recon.feedback.RegisteredUsccs;
import cn.xgz.recon.feedback.RunFeedback;
import cn.xgz.recon.match.ManualResolution;
import cn.xgz.recon.feedback.ScopeSignature;
import cn.xgz.recon.feedback.StoredUntrueReviews;
import cn.xgz.recon.submission.UntrueReviews;
import cn.xgz.recon.lifecycle.RunHistory;
import cn.xgz.recon.match.NameNormalizer;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The verification feedback's store, settings and import (feedback.md). */
@Configuration
public class FeedbackConfiguration {

    @Bean
    FeedbackStore feedbackStore(JdbcTemplate jdbc, TransactionTemplate tx) {
        return new FeedbackStore(jdbc, tx);
    }

    @Bean
    FeedbackSettings feedbackSettings(@Value("${xgz.feedback.rectify-overdue-days:60}") int rectifyOverdueDays,
            @Value("${xgz.feedback.exclusion-expiry-days:365}") int exclusionExpiryDays) {
        return new FeedbackSettings(rectifyOverdueDays, exclusionExpiryDays);
    }

    /** The match decisions in force on a run date, for name resolution. */
    @Bean
    ManualResolution.Store manualMatches(FeedbackStore store) {
        return runDate -> {
            var all = store.matchDecisions();
            return all.isEmpty() ? ManualResolution.NONE : MatchDecisions.on(all, runDate);
        };
    }

    /** The reviews of a run's findings (findings.csv, the workbooks, the half-year form). */
    @Bean
    RunFeedback runFeedback(FeedbackStore store, FeedbackSettings settings) {
        return new RunFeedback(store, settings);
    }

    /** The half-year form leaves out findings excluded as 不属实 (read when the half-year job asks for it). */
    @Bean
    @org.springframework.context.annotation.Scope(org.springframework.beans.factory.config.BeanDefinition.SCOPE_PROTOTYPE)
    UntrueReviews untrueReviews(FeedbackStore store, FeedbackSettings settings) {
        return new StoredUntrueReviews(store, settings, Clock.systemDefaultZone());
    }

    @Bean
    ScopeSignature scopeSignature(PersonKeys keys) {
        return new ScopeSignature(keys);
    }

    /** The registrations each completed run keeps for the imports between nights (指定主体 must name one). */
    @Bean
    RegisteredUsccs registeredUsccs(JdbcTemplate jdbc, XgzProperties props) {
        return new RegisteredUsccs(jdbc, Path.of(props.dataDir()));
    }

    @Bean
    FeedbackImports feedbackImports(FeedbackStore store, RunHistory history, RegisteredUsccs registered,
            ScopeSignature signature, NameNormalizer normalizer, XgzProperties props) {
        return new FeedbackImports(store, history, registered, signature, normalizer, props.provinceCode(),
                Path.of(props.dataDir()), Clock.systemDefaultZone());
    }
}
