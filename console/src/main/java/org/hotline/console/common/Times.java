package org.hotline.console.common;

import io.quarkus.qute.TemplateExtension;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as the bureau reads them: the API's UTC instants shown in its zone ({@code console.zone}). */
@TemplateExtension(namespace = "t")
public final class Times {
    private static final ZoneId ZONE = ZoneId.of(ConfigProvider.getConfig().getOptionalValue("console.zone", String.class)
            .orElse("Asia/Shanghai"));
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_HM = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private Times() {
    }

    /** {@code 14:32}, or with the day when it is not today ({@code 12月3日 14:32}). */
    public static String at(Object iso) {
        Instant instant = instant(iso);
        if (instant == null) {
            return "";
        }
        boolean today = instant.atZone(ZONE).toLocalDate().equals(java.time.LocalDate.now(ZONE));
        return (today ? HM : DAY_HM).format(instant.atZone(ZONE));
    }

    /** Always with the day: {@code 12月3日 14:32}. */
    public static String day(Object iso) {
        Instant instant = instant(iso);
        return instant == null ? "" : DAY_HM.format(instant.atZone(ZONE));
    }

    /** How long ago, in words: {@code 2小时13分}, {@code 3天4小时}, {@code 5分}. */
    public static String since(Object iso) {
        Instant instant = instant(iso);
        if (instant == null) {
            return "";
        }
        long minutes = Math.max(0, java.time.Duration.between(instant, Instant.now()).toMinutes());
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        if (days > 0) {
            return days + "天" + hours + "小时";
        }
        return (hours > 0 ? hours + "小时" : "") + minutes % 60 + "分";
    }

    /** Epoch milliseconds, for the live countdown in the page. */
    public static long millis(Object iso) {
        Instant instant = instant(iso);
        return instant == null ? 0 : instant.toEpochMilli();
    }

    /** The instant of an API time, or null for an absent one (a missing key, an empty string). */
    private static Instant instant(Object iso) {
        if (!(iso instanceof String text) || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
