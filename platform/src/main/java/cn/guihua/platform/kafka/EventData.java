package cn.guihua.platform.kafka;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import io.cloudevents.CloudEvent;
import io.cloudevents.jackson.JsonCloudEventData;

/**
 * The data of a CloudEvent as a JSON tree, without parsing it a second time: the platform's consumer reads each record
 * once (structured JSON mode), and the data of an event whose content type is JSON is already a tree then. Numbers
 * are as Jackson reads them by default (a fraction is a double); a handler that needs a decimal as it was written
 * reads that one field again, or the bytes ({@code event.getData().toBytes()}) with its own reader.
 */
public final class EventData {

    private EventData() {
    }

    /**
     * The event's data as a tree; {@link MissingNode} when it has none. Data that is not a tree already (binary mode,
     * another content type) is parsed with {@code json}; an {@link IOException} when it is not JSON.
     */
    public static JsonNode tree(CloudEvent event, ObjectMapper json) throws IOException {
        if (event.getData() == null) {
            return MissingNode.getInstance();
        }
        if (event.getData() instanceof JsonCloudEventData data) {
            return data.getNode();
        }
        JsonNode node = json.readTree(event.getData().toBytes());
        return node == null ? MissingNode.getInstance() : node;
    }
}
