package org.hotline.notification.site.rest;

import org.hotline.platform.config.HotlineConfig;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** The bureau's codes in words, and times in the bureau's zone, in the page's language. */
@io.quarkus.qute.TemplateData
public final class Words {
    private static final Map<String, String[]> DISTRICTS = Map.of("EAST", new String[] {"东区", "East"},
            "WEST", new String[] {"西区", "West"}, "SOUTH", new String[] {"南区", "South"}, "NORTH", new String[] {"北区", "North"});
    private static final Map<String, String[]> CHANNELS = Map.of("HOTLINE", new String[] {"行风热线", "Public-conduct hotline"},
            "MAYOR_LINE", new String[] {"市长公开电话", "Mayor's public line"}, "BUREAU_LINE", new String[] {"局热线电话", "Bureau hotline"});
    private static final Map<String, String[]> OUTCOMES = Map.of(
            "RECTIFIED_ON_SPOT", new String[] {"当场整改", "Put right on the spot"},
            "PERSUADED", new String[] {"劝导离开", "Persuaded to leave"},
            "WARNED", new String[] {"责令整改", "Ordered to put it right"},
            "PENALISED", new String[] {"依法处罚", "Penalised"},
            "DEMOLITION_ORDERED", new String[] {"责令拆除", "Demolition ordered"},
            "NOT_SUBSTANTIATED", new String[] {"经核查不属实", "Not substantiated"},
            "REFERRED", new String[] {"移交有关部门", "Referred to another authority"});
    private static final Map<String, String[]> SATISFACTION = Map.of(
            "SATISFIED", new String[] {"满意", "Satisfied"}, "BASICALLY_SATISFIED", new String[] {"基本满意", "Basically satisfied"},
            "DISSATISFIED", new String[] {"不满意", "Dissatisfied"}, "UNREACHABLE", new String[] {"未联系上", "Not reached"});

    private final boolean english;
    private final SiteMsg msg;
    private final Map<String, String> categories;
    private final ZoneId zone;
    private final DateTimeFormatter time;

    public Words(Locale locale, HotlineConfig config) {
        this.english = "en".equals(locale.getLanguage());
        this.msg = english ? io.quarkus.qute.i18n.MessageBundles.get(SiteMsg.class, io.quarkus.qute.i18n.Localized.Literal.of("en"))
                : io.quarkus.qute.i18n.MessageBundles.get(SiteMsg.class);
        this.categories = config.catalogue().categories();
        this.zone = config.zone();
        this.time = english ? DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH) : DateTimeFormatter.ofPattern("M月d日 HH:mm");
    }

    public boolean english() {
        return english;
    }

    public String district(String code) {
        return word(DISTRICTS, code);
    }

    public String channel(String code) {
        return word(CHANNELS, code);
    }

    public String outcome(String code) {
        return word(OUTCOMES, code);
    }

    public String satisfaction(String code) {
        return code == null ? "—" : word(SATISFACTION, code);
    }

    /** "违法建设 Illegal construction" in the catalogue: the Chinese name before the first space, the English after. */
    public String category(String code) {
        String both = categories.get(code);
        if (both == null) {
            return code;
        }
        int space = both.indexOf(' ');
        return space < 0 ? both : english ? both.substring(space + 1) : both.substring(0, space);
    }

    public String time(Instant instant) {
        return instant == null ? "—" : time.format(instant.atZone(zone));
    }

    /** A rate as a percentage with one decimal, or a dash when nothing was counted. */
    public String percent(org.hotline.platform.figures.Figure f) {
        return f == null || f.rate() == null ? "—" : String.format(Locale.ROOT, "%.1f%%", f.rate() * 100);
    }

    /** The dimensions the figures are shown by. */
    public java.util.List<String> dimensions() {
        return java.util.List.of("district", "category", "channel");
    }

    public String dimensionTitle(String dimension) {
        return switch (dimension) {
            case "district" -> msg.byDistrict();
            case "category" -> msg.byCategory();
            default -> msg.byChannel();
        };
    }

    public String dimensionHead(String dimension) {
        return switch (dimension) {
            case "district" -> msg.district();
            case "category" -> msg.category();
            default -> msg.channel();
        };
    }

    public String bureauWord() {
        return msg.bureau();
    }

    public Map<String, String> bureauLabels() {
        return Map.of("BUREAU", bureauWord());
    }

    /** Code → word for one dimension, for the tables' row heads. */
    public Map<String, String> labels(String dimension) {
        Map<String, String> labels = new java.util.HashMap<>();
        switch (dimension) {
            case "district" -> DISTRICTS.keySet().forEach(k -> labels.put(k, district(k)));
            case "category" -> categories.keySet().forEach(k -> labels.put(k, category(k)));
            default -> CHANNELS.keySet().forEach(k -> labels.put(k, channel(k)));
        }
        return labels;
    }

    /** The one group of figures "by bureau" (an empty one for a month without cases). */
    public org.hotline.notification.statistics.Statistics.Group whole(org.hotline.notification.statistics.Statistics s) {
        org.hotline.platform.figures.Figure none = org.hotline.platform.figures.Figure.of(0, 0);
        return s.groups().isEmpty()
                ? new org.hotline.notification.statistics.Statistics.Group("BUREAU", 0, none, none, none, none, none)
                : s.groups().get(0);
    }

    /** For a {@code <time datetime>} attribute. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    private String word(Map<String, String[]> words, String code) {
        String[] w = code == null ? null : words.get(code);
        return w == null ? String.valueOf(code) : w[english ? 1 : 0];
    }
}
