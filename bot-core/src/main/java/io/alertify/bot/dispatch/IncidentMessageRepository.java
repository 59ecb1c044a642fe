package io.alertify.bot.dispatch;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface IncidentMessageRepository extends JpaRepository<IncidentMessage, Long> {


    List<IncidentMessage> findByIncidentIdOrderByIdAsc(long incidentId);
}
