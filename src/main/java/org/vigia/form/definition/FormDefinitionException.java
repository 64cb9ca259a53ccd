package org.vigia.form.definition;

import java.util.List;

/** A form file that cannot be read or is not valid; the message names the file and every problem with its location. */
public class FormDefinitionException extends RuntimeException {

    private final List<String> problems;

    public FormDefinitionException(String source, List<String> problems) {
        super(source + ": invalid form definition:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public FormDefinitionException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.problems = List.of(problem);
    }

    public List<String> problems() {
        return problems;
    }
}
