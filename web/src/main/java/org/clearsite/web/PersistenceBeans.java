package org.clearsite.web;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.clearsite.attribution.AttributionEngine;
import org.clearsite.persistence.Database;
import org.clearsite.persistence.DatabaseConfig;
import org.clearsite.persistence.account.JdbcAccounts;
import org.clearsite.persistence.audit.JdbcAuditLog;
import org.clearsite.persistence.dashboard.JdbcDashboard;
import org.clearsite.persistence.device.JdbcDevices;
import org.clearsite.persistence.review.JdbcReviews;
import org.clearsite.persistence.site.JdbcSites;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The database (migrated on start, then pooled) and the repositories the pages read. */
@Configuration(proxyBeanMethods = false)
class PersistenceBeans {

  @Bean(destroyMethod = "close")
  HikariDataSource pool(WebSettings settings) {
    DatabaseConfig config = settings.database();
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(config.url());
    hikari.setUsername(config.user());
    hikari.setPassword(config.password());
    hikari.setMaximumPoolSize(16);
    hikari.setPoolName("clearsite");
    return new HikariDataSource(hikari);
  }

  @Bean
  Database database(WebSettings settings, HikariDataSource pool) {
    // Opening applies any pending migrations; from then on connections come from the pool.
    return Database.open(settings.database()).pooled(pool);
  }

  @Bean
  AttributionEngine attributionEngine(WebSettings settings) {
    return settings.engine();
  }

  @Bean
  JdbcAccounts accounts(Database database) {
    return new JdbcAccounts(database);
  }

  @Bean
  JdbcDashboard dashboard(Database database) {
    return new JdbcDashboard(database);
  }

  @Bean
  JdbcSites sites(Database database) {
    return new JdbcSites(database);
  }

  @Bean
  JdbcDevices devices(Database database) {
    return new JdbcDevices(database);
  }

  @Bean
  JdbcReviews reviews(Database database) {
    return new JdbcReviews(database);
  }

  @Bean
  JdbcAuditLog auditLog(Database database) {
    return new JdbcAuditLog(database);
  }
}
