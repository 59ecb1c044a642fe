package io.alertify.bot.incident;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TimelineRepository extends JpaRepository<TimelineEntry, Long> {

    List<TimelineEntry> findByIncidentIdOrderByIdAsc(long incidentId);

    List<TimelineEntry> findByIncidentIdInOrderByIdAsc(Collection<Long> incidentIds);
}
