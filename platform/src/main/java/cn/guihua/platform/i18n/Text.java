package cn.guihua.platform.i18n;

import java.io.IOException;
import java.util.Arrays;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * A user-facing text not yet in a language: a key of the message catalogue and its arguments. It is resolved when
 * the answer is written, in the caller's language: a {@code Text} in an answer is written as a JSON string in the
 * language of the request. An argument that is itself a {@code Text} is resolved too.
 */
@JsonSerialize(using = Text.InCallersLanguage.class)
@Schema(type = SchemaType.STRING, description = "A text in the language of the answer (Accept-Language)")
public record Text(String key, Object[] args) {

    /** Writes a text in the language of the request being answered (Chinese outside a request). */
    public static final class InCallersLanguage extends StdSerializer<Text> {
        public InCallersLanguage() {
            super(Text.class);
        }

        @Override
        public void serialize(Text text, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(text.in(RequestLanguage.current()));
        }
    }

    public static Text of(String key, Object... args) {
        return new Text(key, args == null ? new Object[0] : args.clone());
    }

    public String in(Language language) {
        return Messages.get(language, this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Text t && t.key.equals(key) && Arrays.equals(t.args, args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(args);
    }
}
