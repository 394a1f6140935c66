package cn.guihua.platform.json;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * The JSON every service reads and writes: a duplicate key is an error naming it, the {@link InputGuards} apply, and
 * a list or map is never written as {@code null} but as {@code []} or {@code {}} (so the OpenAPI spec can promise
 * it). Times are written in Asia/Shanghai ({@code +08:00}), set by {@code quarkus.jackson.timezone}.
 */
@Singleton
public class JsonSettings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(InputGuards.module());
        SimpleModule empties = new SimpleModule("guihua-empty-collections");
        empties.setSerializerModifier(new EmptyNotNull());
        mapper.registerModule(empties);
    }

    static final class EmptyNotNull extends BeanSerializerModifier {
        @Override
        public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription desc,
                List<BeanPropertyWriter> properties) {
            for (BeanPropertyWriter w : properties) {
                Class<?> type = w.getType().getRawClass();
                if (Collection.class.isAssignableFrom(type) || type.isArray() && type != byte[].class) {
                    w.assignNullSerializer(EMPTY_ARRAY);
                } else if (Map.class.isAssignableFrom(type)) {
                    w.assignNullSerializer(EMPTY_OBJECT);
                }
            }
            return properties;
        }
    }

    private static final JsonSerializer<Object> EMPTY_ARRAY = new JsonSerializer<>() {
        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeStartArray();
            gen.writeEndArray();
        }
    };

    private static final JsonSerializer<Object> EMPTY_OBJECT = new JsonSerializer<>() {
        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeStartObject();
            gen.writeEndObject();
        }
    };
}
