package cn.guihua.emergency;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The worked cases of {@code reference/cases.json}: inputs and expected answers the tests check the API against. */
public final class ReferenceCases {

    private static JsonNode cases;

    private ReferenceCases() {
    }

    /** The case with the id, e.g. {@code RES-NEAREST-SHELTERS}. */
    public static synchronized JsonNode get(String id) {
        if (cases == null) {
            try (InputStream in = ReferenceCases.class.getClassLoader().getResourceAsStream("reference/cases.json")) {
                cases = new ObjectMapper().readTree(in).get("cases");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        for (JsonNode c : cases) {
            if (c.get("id").asText().equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no case " + id);
    }
}
