package org.vigia.security;

import java.io.Serializable;
import java.util.Set;

/** The signed-in caller kept in the HTTP session: name and groups (role names). */
public record CallerInfo(String username, Set<String> groups) implements Serializable {
}
