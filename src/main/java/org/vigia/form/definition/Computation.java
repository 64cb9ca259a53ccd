package org.vigia.form.definition;

import java.util.List;

/** A computed item: {@code compute: {function: BMI, args: [VSWEIGHT, VSHEIGHT]}} ({@link ComputeFunction}). */
public record Computation(ComputeFunction function, List<String> args) {

    public Computation {
        args = args == null ? List.of() : List.copyOf(args);
    }
}
