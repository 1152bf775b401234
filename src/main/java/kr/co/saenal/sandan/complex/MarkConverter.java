package kr.co.saenal.sandan.complex;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Mark} as the workbook writes it ('X', '-'). */
@Converter(autoApply = true)
public class MarkConverter implements AttributeConverter<Mark, String> {

    @Override
    public String convertToDatabaseColumn(Mark mark) {
        return mark == null ? null : mark.code();
    }

    @Override
    public Mark convertToEntityAttribute(String code) {
        return Mark.ofCode(code);
    }
}
