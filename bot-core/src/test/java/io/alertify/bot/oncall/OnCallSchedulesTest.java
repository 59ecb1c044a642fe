package io.alertify.bot.oncall;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnCallSchedulesTest {

    private static final String FEED = """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            PRODID:-//Grafana OnCall//EN\r
            BEGIN:VEVENT\r
            UID:shift-1\r
            DTSTAMP:20261201T000000Z\r
            DTSTART:20261203T000000Z\r
            DTEND:20261204T000000Z\r
            SUMMARY:anna\r
            END:VEVENT\r
            END:VCALENDAR\r
            """;

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-03T03:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @Test
    void aFeedOverHttpIsReadAnHourAtATimeAndItsLastCopyOutlivesAnOutage() throws IOException {
        var status = new AtomicInteger(200);
        var reads = new AtomicInteger();
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed.ics", exchange -> {
            reads.incrementAndGet();
            var body = FEED.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), status.get() == 200 ? body.length : -1);
            if (status.get() == 200) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        try {
            var url = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.ics";
            var schedules = new OnCallSchedules(List.of(), Map.of("imported", url), null, clock);

            assertThat(onCallNow(schedules)).isEqualTo("anna");
            assertThat(onCallNow(schedules)).isEqualTo("anna");
            assertThat(reads).as("within the hour the copy is used").hasValue(1);

            status.set(503);
            now.set(now.get().plus(Duration.ofMinutes(61)));
            assertThat(onCallNow(schedules)).as("the feed is down: the last copy stays").isEqualTo("anna");
            assertThat(reads).hasValue(2);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aFeedInAFileIsReadToo(@TempDir Path dir) throws IOException {
        var file = Files.writeString(dir.resolve("oncall.ics"), FEED);
        var schedules = new OnCallSchedules(List.of(), Map.of("imported", file.toString()), null, clock);

        assertThat(onCallNow(schedules)).isEqualTo("anna");
    }

    @Test
    void aFeedThatCannotBeReadLeavesItsScheduleEmptyNotTheOthersBroken() {
        var schedules = new OnCallSchedules(List.of(), Map.of("imported", "/nonexistent/oncall.ics"), null, clock);

        assertThat(schedules.all()).singleElement().satisfies(s -> assertThat(s.onCall(now.get())).isEmpty());
    }

    private String onCallNow(OnCallSchedules schedules) {
        return schedules.all().getFirst().onCall(now.get()).orElseThrow().person();
    }
}
