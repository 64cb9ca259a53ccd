package org.vigia.platform.api;

import org.vigia.shared.InvalidInput;
import org.vigia.shared.text.Text;

/** A request body that is not JSON at all (a syntax error): answered 400 with {@code "error": "invalid_json"}. */
public class InvalidJson extends InvalidInput {

    public InvalidJson(Text text) {
        super(text);
    }
}
