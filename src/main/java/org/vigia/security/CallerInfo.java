package org.vigia.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * The signed-in caller kept in the HTTP session: name, groups (role names) and when the account's password was
 * last set at sign-in (a reset since then ends the session; see {@link SignInService#recheck}).
 */
public record CallerInfo(String username, Set<String> groups, Instant passwordChangedAt) implements Serializable {
}
