package org.vigia.study.definition;

import java.util.List;

/** A study definition file that cannot be read or is not valid; {@link #problems()} lists every finding. */
public class StudyDefinitionException extends RuntimeException {

    private final List<String> problems;

    public StudyDefinitionException(String source, List<String> problems) {
        super(source + ": invalid study definition:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public StudyDefinitionException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.problems = List.of(problem);
    }

    public List<String> problems() {
        return problems;
    }
}
