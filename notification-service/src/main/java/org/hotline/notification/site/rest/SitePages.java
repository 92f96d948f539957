package org.hotline.notification.site.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hotline.notification.disclosure.rest.Conditional;
import org.hotline.notification.site.service.SiteService;
import org.hotline.notification.statistics.Statistics;
import org.hotline.platform.figures.Figure;
import org.hotline.notification.statistics.service.StatisticsService;
import org.hotline.platform.config.HotlineConfig;

import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The public results site (公开): the latest outcomes, a case by its number, the figures, the chain checked in the
 * browser, open data. Server-rendered, readable without JavaScript but for the charts and the check; zh-CN, or
 * English with {@code ?lang=en}. Each page carries a weak ETag and Cache-Control, so a CDN in front serves most reads.
 */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Public site", description = "The public results site (HTML)")
public class SitePages {
    private static final int PAGE = 20;
    private static final String HTML = "text/html; charset=utf-8";

    private final SiteService site;
    private final StatisticsService statistics;
    private final HotlineConfig config;
    private final Clock clock;
    private final Template home;
    private final Template casePage;
    private final Template notFound;
    private final Template figures;
    private final Template check;
    private final Template openData;

    public SitePages(SiteService site, StatisticsService statistics, HotlineConfig config, Clock clock,
                     @Location("site/home.html") Template home, @Location("site/case.html") Template casePage,
                     @Location("site/notFound.html") Template notFound, @Location("site/figures.html") Template figures,
                     @Location("site/check.html") Template check, @Location("site/openData.html") Template openData) {
        this.site = site;
        this.statistics = statistics;
        this.config = config;
        this.clock = clock;
        this.home = home;
        this.casePage = casePage;
        this.notFound = notFound;
        this.figures = figures;
        this.check = check;
        this.openData = openData;
    }

    @GET
    @Operation(summary = "Latest outcomes (HTML)", description = "Newest first; filters district, category, channel, month; before= pages back.")
    public Uni<Response> home(@QueryParam("district") String district, @QueryParam("category") String category,
                              @QueryParam("channel") String channel, @QueryParam("month") String month,
                              @QueryParam("before") Long before, @QueryParam("lang") String lang, HttpHeaders headers) {
        SiteService.Filters filters = new SiteService.Filters(blank(district), blank(category), blank(channel), month(month));
        return site.latest(filters, before, PAGE).chain(cards -> {
            String older = null;
            if (cards.size() == PAGE) {
                UriBuilder uri = UriBuilder.fromPath("/");
                Map<String, Object> params = new LinkedHashMap<>();
                params.put("district", filters.district());
                params.put("category", filters.category());
                params.put("channel", filters.channel());
                params.put("month", filters.month());
                params.put("before", cards.get(cards.size() - 1).entry().seq);
                params.forEach((name, value) -> {
                    if (value != null) {
                        uri.queryParam(name, value);
                    }
                });
                older = link(uri, lang);
            }
            String olderLink = older;
            return page(home, lang, headers, Map.of("cards", cards, "filters", filters, "older", olderLink == null ? "" : olderLink,
                    "districts", config.catalogue().districts(), "categories", publicCategories(),
                    "channels", List.of("HOTLINE", "MAYOR_LINE", "BUREAU_LINE"), "months", lastMonths(12)));
        });
    }

    @GET
    @Path("cases")
    @Operation(summary = "Find a case by its number (the form on every page; works without JavaScript)")
    public Response find(@QueryParam("number") String number, @QueryParam("lang") String lang) {
        String n = number == null ? "" : number.trim().toUpperCase(Locale.ROOT);
        return Response.seeOther(java.net.URI.create(link(UriBuilder.fromPath("/cases/{n}").resolveTemplate("n", n.isEmpty() ? "-" : n), lang)))
                .build();
    }

    @GET
    @Path("cases/{number}")
    @Operation(summary = "A case by its number (HTML): its public clock, outcome and summary; an open case shows the time left")
    public Uni<Response> publicCase(@PathParam("number") String number, @QueryParam("lang") String lang, HttpHeaders headers) {
        return site.publicCase(number).chain(view -> {
            if (view == null) {
                return render(notFound, lang, Map.of("number", number))
                        .map(html -> Response.status(404).entity(html).type(HTML).build());
            }
            java.time.Instant now = clock.instant();
            long hours = view.facts().resolveDue == null ? 0 : Math.abs(Duration.between(now, view.facts().resolveDue).toHours());
            boolean late = view.facts().resolveDue != null && now.isAfter(view.facts().resolveDue);
            return page(casePage, lang, headers, Map.of("c", view.facts(), "entry", view.entry() == null ? "" : view.entry(),
                    "held", view.held() || (view.entry() == null && view.facts().closedAt != null), "hours", hours, "late", late,
                    "card", new SiteService.Card(view.entry(), view.facts())));
        });
    }

    @GET
    @Path("figures")
    @Operation(summary = "The figures (HTML): this month by district, category and line, and the last 12 months")
    public Uni<Response> figures(@QueryParam("month") String month, @QueryParam("lang") String lang, HttpHeaders headers) {
        YearMonth m = month(month) == null ? YearMonth.now(clock.withZone(config.zone())) : month(month);
        return figuresOf(m).chain(data -> page(figures, lang, headers, data));
    }

    @GET
    @Path("figures/data.csv")
    @Produces("text/csv")
    @Operation(summary = "The figures of a month as CSV (the same numbers as the page)")
    public Uni<Response> figuresCsv(@QueryParam("month") String month, HttpHeaders headers) {
        YearMonth m = month(month) == null ? YearMonth.now(clock.withZone(config.zone())) : month(month);
        return figuresOf(m).map(data -> {
            StringBuilder csv = new StringBuilder("month,by,key,cases,response_count,response_of,on_time_count,on_time_of,"
                    + "on_time_without_extensions_count,on_time_without_extensions_of,satisfaction_count,satisfaction_of,"
                    + "reopen_count,reopen_of\n");
            for (String by : List.of("bureau", "district", "category", "channel")) {
                for (Statistics.Group g : ((Statistics) data.get(by)).groups()) {
                    csv.append(m).append(',').append(by).append(',').append(Csv.cell(g.key())).append(',').append(g.cases());
                    for (Figure f : List.of(g.response(), g.onTimeResolution(), g.onTimeResolutionWithoutExtensions(),
                            g.satisfaction(), g.reopen())) {
                        csv.append(',').append(f.count()).append(',').append(f.of());
                    }
                    csv.append('\n');
                }
            }
            return Response.fromResponse(Conditional.respond(headers, csv.toString(), "text/csv; charset=utf-8", 60))
                    .header("Content-Disposition", "attachment; filename=\"figures-" + m + ".csv\"").build();
        });
    }

    @GET
    @Path("check")
    @Operation(summary = "Check the hash chain in the browser (HTML + WebCrypto)")
    public Uni<Response> check(@QueryParam("lang") String lang, HttpHeaders headers) {
        return page(check, lang, headers, Map.of());
    }

    @GET
    @Path("open-data")
    @Operation(summary = "Open data: the field list of open-data.csv (HTML)")
    public Uni<Response> openData(@QueryParam("lang") String lang, HttpHeaders headers) {
        return page(openData, lang, headers, Map.of("fields", Csv.FIELDS, "answerFields", Csv.ANSWER_FIELDS));
    }

    @GET
    @Path("open-data.csv")
    @Produces("text/csv")
    @Operation(summary = "Every public case, one row each, open ones too: its public clock and its latest entry")
    public Uni<Response> openDataCsv(HttpHeaders headers) {
        return site.openData().map(rows -> download(headers, Csv.of(rows), "hotline-cases.csv"));
    }

    @GET
    @Path("open-data-answers.csv")
    @Produces("text/csv")
    @Operation(summary = "Every callback answer of a public case, in the order given (satisfaction and reopen rates)")
    public Uni<Response> openDataAnswersCsv(HttpHeaders headers) {
        return site.answers().map(rows -> download(headers, Csv.answers(rows), "hotline-callback-answers.csv"));
    }

    private static Response download(HttpHeaders headers, String csv, String filename) {
        return Response.fromResponse(Conditional.respond(headers, csv, "text/csv; charset=utf-8", 300))
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }

    private Uni<Map<String, Object>> figuresOf(YearMonth month) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("month", month.toString());
        data.put("months", lastMonths(12));
        Map<String, Statistics> byDim = new LinkedHashMap<>();
        data.put("byDim", byDim);
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String by : List.of("bureau", "district", "category", "channel")) {
            chain = chain.chain(() -> statistics.of(month.toString(), by)).invoke(s -> {
                data.put(by, s);
                byDim.put(by, s);
            }).replaceWithVoid();
        }
        List<Statistics> trend = new ArrayList<>();
        for (int i = 11; i >= 0; i--) {
            YearMonth m = month.minusMonths(i);
            chain = chain.chain(() -> statistics.of(m.toString(), "bureau")).invoke(trend::add).replaceWithVoid();
        }
        data.put("trend", trend);
        return chain.map(x -> data);
    }

    private Uni<Response> page(Template template, String lang, HttpHeaders headers, Map<String, Object> data) {
        return render(template, lang, data).map(html -> Conditional.respond(headers, html, HTML, 30));
    }

    private Uni<String> render(Template template, String lang, Map<String, Object> data) {
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        TemplateInstance page = template.instance().setLocale(locale)
                .data("w", new Words(locale, config)).data("lang", "en".equals(lang) ? "en" : "");
        data.forEach(page::data);
        return page.createUni();
    }

    private List<String> publicCategories() {
        return config.catalogue().categoryCodes().stream().filter(config.catalogue()::shownInPublic).toList();
    }

    private List<String> lastMonths(int n) {
        YearMonth now = YearMonth.now(clock.withZone(config.zone()));
        List<String> months = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            months.add(now.minusMonths(i).toString());
        }
        return months;
    }

    private static String link(UriBuilder uri, String lang) {
        return ("en".equals(lang) ? uri.queryParam("lang", "en") : uri).build().toString();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static YearMonth month(String value) {
        try {
            YearMonth m = value == null || value.isBlank() ? null : YearMonth.parse(value);
            return m == null || m.getYear() < 2000 || m.getYear() > 2100 ? null : m;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
