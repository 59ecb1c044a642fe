package io.alertify.bot.testing;

import io.alertify.bot.api.Card;
import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.MessageRef;
import io.alertify.bot.api.Notifier;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link Notifier} that remembers every call, per incident, and can be told to fail: for tests of
 * everything that sends, in bot-core and in deploy.
 */
public class RecordingNotifier implements Notifier {

    /** One call; {@code card} is null for {@code say}, {@code text} null otherwise. */
    public record Call(String method, Destination destination, Card card, String text, MessageRef message) {
    }

    private final Channel channel;
    private final boolean editsInPlace;
    private final Map<Long, List<Call>> calls = new ConcurrentHashMap<>();
    private final Map<String, Long> incidentOfMessage = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failingPosts = new ConcurrentHashMap<>();
    private final Map<String, Failure> scripted = new ConcurrentHashMap<>();
    private final Map<String, MessageRef> postedByKey = new ConcurrentHashMap<>();

    private volatile java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(0);

    /** Every post waits until {@link #release()}: a platform that has stopped answering for a while. */
    public void hold() {
        held = new java.util.concurrent.CountDownLatch(1);
    }

    public void release() {
        held.countDown();
    }

    /** What the next posts of a service's card do instead of succeeding; see {@link #fail}. */
    private record Failure(AtomicInteger times, java.util.function.Supplier<RuntimeException> error,
            boolean postedAnyway) {
    }
    private final AtomicLong messageIds = new AtomicLong();

    public RecordingNotifier(Channel channel, boolean editsInPlace) {
        this.channel = channel;
        this.editsInPlace = editsInPlace;
    }

    /**
     * The next {@code times} posts of a card of {@code service} fail, as a platform outage would; each
     * failed attempt is recorded as a {@code post-failed} call. By service, because a test must set
     * this up before the incident exists.
     */
    public void failPosts(String service, int times) {
        failingPosts.put(service, new AtomicInteger(times));
    }

    /**
     * The next {@code times} posts of a card of {@code service} throw {@code error}; with
     * {@code postedAnyway} the card is posted first and only the answer is lost (a timeout after the
     * platform did it), so {@link #findPosted} finds it.
     */
    public void fail(String service, int times, java.util.function.Supplier<RuntimeException> error,
            boolean postedAnyway) {
        scripted.put(service, new Failure(new AtomicInteger(times), error, postedAnyway));
    }

    public List<Call> calls(long incidentId) {
        return List.copyOf(calls.getOrDefault(incidentId, List.of()));
    }

    public List<Call> calls(long incidentId, String method) {
        return calls(incidentId).stream().filter(call -> call.method().equals(method)).toList();
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public boolean editsInPlace() {
        return editsInPlace;
    }

    @Override
    public MessageRef post(Destination destination, Card card) {
        try {
            held.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        var failures = card.fields().stream().map(field -> failingPosts.get(field.value()))
                .filter(counter -> counter != null).findFirst();
        if (failures.isPresent() && failures.get().getAndDecrement() > 0) {
            record(card.incidentId(), new Call("post-failed", destination, card, null, null));
            throw new IllegalStateException(channel.wireName() + " answered 503 (test outage)");
        }
        var failure = card.fields().stream().map(field -> scripted.get(field.value()))
                .filter(f -> f != null && f.times().getAndDecrement() > 0).findFirst();
        if (failure.isPresent() && !failure.get().postedAnyway()) {
            record(card.incidentId(), new Call("post-failed", destination, card, null, null));
            throw failure.get().error().get();
        }
        var message = new MessageRef(destination, channel.wireName() + "-" + messageIds.incrementAndGet());
        incidentOfMessage.put(message.messageId(), card.incidentId());
        postedByKey.put(destination + "/" + card.key(), message);
        record(card.incidentId(), new Call("post", destination, card, null, message));
        if (failure.isPresent()) {
            throw failure.get().error().get();
        }
        return message;
    }

    @Override
    public java.util.Optional<MessageRef> findPosted(Destination destination, String cardKey, java.time.Instant since) {
        var found = java.util.Optional.ofNullable(postedByKey.get(destination + "/" + cardKey));
        found.ifPresent(message -> record(incidentOfMessage.getOrDefault(message.messageId(), -1L),
                new Call("found", destination, null, null, message)));
        return found;
    }

    @Override
    public void update(MessageRef message, Card card) {
        record(card.incidentId(), new Call("update", message.destination(), card, null, message));
    }

    /** Recorded under the incident of the card it replies to, or under -1 when it replies to none. */
    @Override
    public MessageRef say(Destination destination, String text, MessageRef inReplyTo) {
        var incidentId = inReplyTo == null ? -1L : incidentOfMessage.getOrDefault(inReplyTo.messageId(), -1L);
        var message = new MessageRef(destination, channel.wireName() + "-" + messageIds.incrementAndGet());
        record(incidentId, new Call("say", destination, null, text, inReplyTo));
        return message;
    }

    /** Every call that sent to {@code destination}, whatever the incident. */
    public List<Call> callsTo(Destination destination) {
        return calls.values().stream().flatMap(List::stream).filter(c -> c.destination().equals(destination))
                .toList();
    }

    private void record(long incidentId, Call call) {
        calls.computeIfAbsent(incidentId, id -> new CopyOnWriteArrayList<>()).add(call);
    }
}
