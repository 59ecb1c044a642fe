package io.alertify.bot.incident;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface IncidentRepository extends JpaRepository<Incident, Long> {

    /** Locks the row so that concurrent acks, resolves and repeats of one incident take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Incident i where i.id = :id")
    Optional<Incident> findForUpdate(long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Incident i where i.activeKey = :dedupKey")
    Optional<Incident> findActiveForUpdate(String dedupKey);

    @Query("select i from Incident i where i.activeKey = :dedupKey")
    Optional<Incident> findActive(String dedupKey);

    @Query("select i from Incident i where i.activeKey is not null order by i.id")
    List<Incident> findAllActive();

    @Query("select i from Incident i where i.groupId = :groupId order by i.id")
    List<Incident> findByGroup(long groupId);

    @Query("select count(i) from Incident i where i.groupId = :groupId and i.activeKey is not null")
    long countActiveInGroup(long groupId);
}
