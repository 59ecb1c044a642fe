package io.alertify.bot.intake;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProcessedEventRepository extends JpaRepository<ProcessedEvent, String> {

    /**
     * A plain insert, executed at once: when the same event is being applied concurrently, one of the
     * two transactions fails here on the primary key instead of both applying it.
     */
    @Modifying
    @Query(value = "insert into processed_events (event_id, processed_at) values (:eventId, :at)", nativeQuery = true)
    void markProcessed(String eventId, Instant at);
}
