package cn.guihua.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * Thrown by the platform's JSON readers when a value parses but makes no sense (a NUL byte, a date PostgreSQL cannot
 * store, a number too large). Jackson prepends the JSON path, so the problem names the field.
 */
public class InvalidInputException extends JsonMappingException {

    private final String key;
    private final transient Object[] args;

    public InvalidInputException(JsonParser parser, String key, Object... args) {
        super(parser, key);
        this.key = key;
        this.args = args;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args;
    }
}
