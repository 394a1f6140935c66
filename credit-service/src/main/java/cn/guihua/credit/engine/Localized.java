package cn.guihua.credit.engine;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import cn.guihua.platform.i18n.RequestLanguage;
import cn.guihua.platform.i18n.Text;

/** Writes a catalogue text in the language of the request (Chinese outside one). */
public final class Localized extends StdSerializer<Text> {

    public Localized() {
        super(Text.class);
    }

    @Override
    public void serialize(Text value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(value.in(RequestLanguage.current()));
    }
}
