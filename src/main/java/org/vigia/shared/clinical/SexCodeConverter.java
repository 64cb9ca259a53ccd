package org.vigia.shared.clinical;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link Sex} as its code ({@code M}, {@code F}), the values the {@code subject.sex} column has always held.
 * <pre>{@code
 * @Convert(converter = SexCodeConverter.class)
 * private Sex sex;
 * }</pre>
 */
@Converter
public class SexCodeConverter implements AttributeConverter<Sex, String> {

    @Override
    public String convertToDatabaseColumn(Sex sex) {
        return sex == null ? null : sex.code();
    }

    @Override
    public Sex convertToEntityAttribute(String code) {
        return code == null ? null : Sex.ofCode(code)
                .orElseThrow(() -> new IllegalStateException("sex '" + code + "' is neither M nor F"));
    }
}
