package org.vigia.form.definition;

import java.util.List;
import java.util.Optional;

/**
 * A list of answers for choice items ({@code codeList: ROUTE}); {@code cdisc} optionally names the CDISC controlled
 * terminology code list it follows (e.g. {@code C66729} for route of administration).
 */
public record CodeList(String oid, String cdisc, List<Code> codes) {

    public CodeList {
        codes = codes == null ? List.of() : List.copyOf(codes);
    }

    public Optional<Code> find(String code) {
        return codes.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public List<String> codeValues() {
        return codes.stream().map(Code::code).toList();
    }
}
