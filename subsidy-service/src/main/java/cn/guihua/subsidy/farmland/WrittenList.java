package cn.guihua.subsidy.farmland;

import java.io.IOException;
import java.util.AbstractList;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * A list with its JSON written once, by the mapper that writes the rest. A ranking's thousand units go into the stored
 * ranking and into the answer: writing them twice was about a fifth of a ranking's Java CPU time (issue 17).
 */
@JsonSerialize(using = WrittenList.Writer.class)
final class WrittenList<T> extends AbstractList<T> {

    private final List<T> items;
    private final String json;

    private WrittenList(List<T> items, String json) {
        this.items = items;
        this.json = json;
    }

    static <T> WrittenList<T> of(List<T> items, ObjectMapper mapper) {
        try {
            return new WrittenList<>(List.copyOf(items), mapper.writeValueAsString(items));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public T get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    static final class Writer extends StdSerializer<WrittenList<?>> {
        Writer() {
            super(WrittenList.class, false);
        }

        @Override
        public void serialize(WrittenList<?> list, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeRawValue(list.json);
        }
    }
}
