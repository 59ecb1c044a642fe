package io.alertify.conversations.engine;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

/** Conversations by id, plus the two bulk updates the engine needs. */
public interface ConversationRepository extends JpaRepository<ConversationEntity, String> {

    /** Closes the open dialogs of one person in one chat, so that only the newest one answers. */
    @Transactional
    @Modifying(clearAutomatically = true)
    @Query("""
            update ConversationEntity c set c.finished = true, c.updatedAt = :now, c.version = c.version + 1
            where c.chatChannel = :chatChannel and c.chatAddress = :chatAddress
              and c.userChannel = :userChannel and c.userId = :userId
              and c.dialog = :dialog and c.finished = false""")
    int finishOpen(String chatChannel, String chatAddress, String userChannel, String userId, String dialog,
            Instant now);

    /** Forgets conversations nobody touched since {@code before}. */
    @Transactional
    @Modifying(clearAutomatically = true)
    @Query("delete from ConversationEntity c where c.updatedAt < :before")
    int deleteUntouchedSince(Instant before);
}
