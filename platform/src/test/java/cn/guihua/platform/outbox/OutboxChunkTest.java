package cn.guihua.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The encoding of a chunk row: what the writer puts in, the relay gets out, byte for byte and in order. */
class OutboxChunkTest {

    private static Outbox.Prepared event(String payload) {
        return new Outbox.Prepared(UUID.randomUUID(), "cn.guihua.test.chunk.v1", OffsetDateTime.now(ZoneOffset.UTC), payload);
    }

    @Test
    void theEventsComeOutAsTheyWentInWhateverTheirCharacters() {
        OutboxChunk chunk = new OutboxChunk("guihua.test.chunk");
        List<String> keys = List.of("370104003:NEONATAL_MORTALITY", "", "a\tb\nc", "键 𠀀");
        List<String> payloads = List.of("{\"id\":\"1\",\"data\":{\"name\":\"五年规划\"}}", "{}", "{\n  \"pretty\": \"a\\tb\"\n}",
                "{\"x\":\"𠀀\\\\\"}");
        List<Outbox.Prepared> events = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Outbox.Prepared e = event(payloads.get(i));
            events.add(e);
            chunk.add(e, keys.get(i));
        }
        assertEquals(4, chunk.size());
        assertEquals(events.get(0).id(), chunk.firstId());
        assertEquals(keys.get(0), chunk.firstKey());
        assertEquals(events.get(0).time(), chunk.firstTime());
        List<OutboxChunk.Message> out = OutboxChunk.read(chunk.bytes());
        assertEquals(4, out.size());
        for (int i = 0; i < keys.size(); i++) {
            assertEquals(keys.get(i), out.get(i).key());
            assertArrayEquals(payloads.get(i).getBytes(StandardCharsets.UTF_8), out.get(i).payload());
            assertEquals(payloads.get(i), out.get(i).payloadText());
        }
        assertThrows(IllegalStateException.class, () -> chunk.add(event("{}"), "k"), "no event after compression");
    }

    @Test
    void twoThousandCloudEventsCompressWellAndKeepTheirOrder() {
        OutboxChunk chunk = new OutboxChunk("guihua.test.chunk");
        long raw = 0;
        for (int i = 0; i < 2000; i++) {
            String payload = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"https://guihua.dev/services/test\","
                    + "\"type\":\"cn.guihua.test.chunk.v1\",\"datacontenttype\":\"application/json\",\"data\":{\"seq\":" + i
                    + ",\"unit\":\"‰\"}}";
            raw += payload.getBytes(StandardCharsets.UTF_8).length;
            chunk.add(event(payload), "370104" + String.format("%03d", i % 12) + ":X");
        }
        byte[] bytes = chunk.bytes();
        assertTrue(bytes.length * 3 < raw, bytes.length + " bytes for " + raw);
        List<OutboxChunk.Message> out = OutboxChunk.read(bytes);
        assertEquals(2000, out.size());
        for (int i = 0; i < 2000; i++) {
            assertTrue(out.get(i).payloadText().contains("\"seq\":" + i + ","), out.get(i).payloadText());
        }
    }

    @Test
    void aDamagedOrForeignChunkIsRefusedNotMisread() {
        OutboxChunk chunk = new OutboxChunk("guihua.test.chunk");
        chunk.add(event("{\"a\":1}"), "k1").add(event("{\"b\":2}"), "k2");
        byte[] good = chunk.bytes();
        assertThrows(IllegalArgumentException.class, () -> OutboxChunk.read(new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> OutboxChunk.read("{\"not\":\"a chunk\"}".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalArgumentException.class, () -> OutboxChunk.read(Arrays.copyOf(good, good.length - 3)));
        byte[] longer = good.clone();
        longer[4]++; // the uncompressed length one more than the block holds
        assertThrows(IllegalArgumentException.class, () -> OutboxChunk.read(longer));
    }

    @Test
    void limits() {
        assertThrows(IllegalStateException.class, () -> new OutboxChunk("t").bytes(), "an empty chunk is no row");
        assertThrows(IllegalArgumentException.class, () -> new OutboxChunk(""));
        assertThrows(IllegalArgumentException.class, () -> new OutboxChunk("t").add(event("{}"), null));
        OutboxChunk full = new OutboxChunk("t");
        for (int i = 0; i < OutboxChunk.MAX_EVENTS; i++) {
            full.add(event("{}"), "k");
        }
        assertThrows(IllegalStateException.class, () -> full.add(event("{}"), "k"));
        assertEquals(OutboxChunk.MAX_EVENTS, OutboxChunk.read(full.bytes()).size());
    }
}
