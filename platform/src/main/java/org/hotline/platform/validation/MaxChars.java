package org.hotline.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * At most {@code value} characters, counted as a reader counts them: one per Unicode code point, so every
 * Chinese character (including the rare ones outside the BMP) counts one. {@code @Size} counts UTF-16 units.
 */
@Documented
@Constraint(validatedBy = MaxChars.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface MaxChars {
    int value();

    String message() default "must be at most {value} characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Counts code points (a constraint and its validator name each other: one class, so no import circle). */
    class Validator implements ConstraintValidator<MaxChars, CharSequence> {
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
}
