package io.alertify.bot.incident;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface IncidentGroupRepository extends JpaRepository<IncidentGroup, Long> {

    /** Locks the open group so that joining it and closing it take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select g from IncidentGroup g where g.activeKey = :groupKey")
    Optional<IncidentGroup> findOpenForUpdate(String groupKey);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select g from IncidentGroup g where g.id = :id")
    Optional<IncidentGroup> findForUpdate(long id);
}
