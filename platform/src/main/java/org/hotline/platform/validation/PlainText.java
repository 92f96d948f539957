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
 * Text a person typed: no control character (NUL, ESC, DEL, the C1 range…), no lone surrogate, no noncharacter —
 * nothing that a screen cannot show or an XML document cannot carry. {@code multiline} texts (a description, a
 * summary, notes) may hold tab, line feed and carriage return; a single-line one (a name, a street) may not.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {
    boolean multiline() default false;

    String message() default "must be plain text (no control characters; line breaks only where the text may have several lines)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlainText, CharSequence> {
        private boolean multiline;

        @Override
        public void initialize(PlainText constraint) {
            multiline = constraint.multiline();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || plain(value, multiline);
        }

        /** Whether every character is one a person could have typed (tab and line breaks only where multiline). */
        public static boolean plain(CharSequence value, boolean multiline) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\t' || c == '\n' || c == '\r') {
                    if (!multiline) {
                        return false;
                    }
                } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF) {
                    return false;
                } else if (Character.isHighSurrogate(c)) {
                    if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                        return false;
                    }
                    i++;
                } else if (Character.isLowSurrogate(c)) {
                    return false;
                }
            }
            return true;
        }
    }
}
