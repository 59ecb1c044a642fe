package io.alertify.bot.routing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SavedSubscriptionRepository extends JpaRepository<SavedSubscription, Long> {

    Optional<SavedSubscription> findByChannelAndAddress(String channel, String address);

    List<SavedSubscription> findAllByOrderByIdAsc();
}
