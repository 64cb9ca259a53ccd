package org.vigia.study.definition;

/**
 * Where a serious adverse event is reported. The registries give no SAE-reporting contacts, so the bundled files
 * carry {@code placeholder: true} entries to be completed per site before go-live.
 */
public record SafetyContact(String role, String name, String email, String phone, boolean placeholder) {
}
