package org.hotline.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class MaxCharsValidator implements ConstraintValidator<MaxChars, CharSequence> {
    private int max;

    @Override
    public void initialize(MaxChars constraint) {
        max = constraint.value();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || Character.codePointCount(value, 0, value.length()) <= max;
    }
}
