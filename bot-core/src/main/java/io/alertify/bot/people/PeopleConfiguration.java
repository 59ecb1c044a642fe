package io.alertify.bot.people;

import io.alertify.bot.web.InvalidFieldException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The people store, {@code /people}, and the people of the configuration written into it at start. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PeopleProperties.class)
public class PeopleConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PeopleConfiguration.class);

    @Bean
    PeopleStore peopleStore(DataSource database, PlatformTransactionManager transactions) {
        return new PeopleStore(JdbcClient.create(database), new TransactionTemplate(transactions));
    }

    @Bean
    LinkCodes linkCodes(DataSource database, PlatformTransactionManager transactions, PeopleStore people,
            java.time.Clock clock) {
        return new LinkCodes(JdbcClient.create(database), new TransactionTemplate(transactions), people, clock);
    }

    @Bean
    PeopleController peopleController(PeopleStore people, LinkCodes links) {
        return new PeopleController(people, links);
    }

    /** A mistake in the file stops the start, naming the entry and the field. */
    @Bean
    SmartInitializingSingleton peopleFromConfiguration(PeopleProperties properties, PeopleStore people) {
        return () -> {
            for (int i = 0; i < properties.people().size(); i++) {
                try {
                    people.put(properties.people().get(i).toPerson(null));
                } catch (InvalidFieldException e) {
                    throw new IllegalArgumentException("alertify.people[" + i + "]." + e.field() + ": " + e.getMessage(), e);
                }
            }
            if (!properties.people().isEmpty()) {
                log.info("{} people from the configuration written to the people store", properties.people().size());
            }
        };
    }
}
