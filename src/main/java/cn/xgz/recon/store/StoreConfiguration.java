package cn.xgz.recon.store;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The store's schema in the application context: {@link StoreMigrations}, run when the context starts. */
@Configuration
class StoreConfiguration {

    @Bean
    FlywayConfigurationCustomizer storeMigrations() {
        return StoreMigrations::apply;
    }

    @Bean
    FlywayMigrationStrategy refuseNewerSchema() {
        return StoreMigrations::migrate;
    }
}
