package org.hotline.console.oversight;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hotline.console.clients.FollowupApi;
import org.hotline.console.common.Catalogue;
import org.hotline.console.common.Json;
import org.hotline.console.common.Msg;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The monthly assessment (月度考核): 三率 and the rest by squad, district, channel or category — a table with each
 * figure's count ÷ of and definition, a chart per figure, and the same numbers as CSV. followup-service counts.
 */
@Path("/assessment")
@RolesAllowed({"auditor", "dispatcher"})
public class AssessmentPages {
    /** The figures in the order the bureau reads them (followup's Assessment.Group). */
    static final List<String> FIGURES = List.of("response", "onTimeResolution", "onTimeResolutionWithoutExtensions",
            "satisfaction", "onTimeCallback", "reopen");
    static final List<String> GROUPINGS = List.of("bureau", "squad", "district", "channel", "category");

    private final FollowupApi followup;
    private final Catalogue catalogue;
    private final Json json;
    private final Msg msg;
    private final Template assessment;
    private final ZoneId zone;

    public AssessmentPages(@RestClient FollowupApi followup, Catalogue catalogue, Json json, Msg msg,
                           @Location("oversight/assessment.html") Template assessment,
                           @ConfigProperty(name = "console.zone") ZoneId zone) {
        this.followup = followup;
        this.catalogue = catalogue;
        this.json = json;
        this.msg = msg;
        this.assessment = assessment;
        this.zone = zone;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Uni<TemplateInstance> page(@QueryParam("month") String month, @QueryParam("by") String by) {
        String m = month(month);
        String grouping = by != null && GROUPINGS.contains(by) ? by : "squad";
        return figures(m, grouping).map(f -> assessment.data("month", m).data("by", grouping).data("groupings", GROUPINGS)
                .data("figures", FIGURES).data("rows", f.rows()).data("definitions", f.definitions())
                .data("chart", json.write(f.chart())).data("errors", f.errors()).data("failed", f.failed()));
    }

    /** The same figures as CSV (UTF-8 with a byte-order mark, so that a spreadsheet reads the Chinese names). */
    @GET
    @Path("/csv")
    @Produces("text/csv")
    public Uni<Response> csv(@QueryParam("month") String month, @QueryParam("by") String by) {
        String m = month(month);
        String grouping = by != null && GROUPINGS.contains(by) ? by : "squad";
        return figures(m, grouping).map(f -> {
            if (f.failed()) {
                return Response.status(502).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).entity(msg.unavailable()).build();
            }
            StringBuilder csv = new StringBuilder("\uFEFF");
            List<String> header = new ArrayList<>(List.of(msg.assessmentMonth(), msg.groupedBy(), msg.group()));
            for (String figure : FIGURES) {
                String name = figureName(figure);
                header.addAll(List.of(name + " %", name + " " + msg.count(), name + " " + msg.of()));
            }
            csv.append(line(header));
            for (Row row : f.rows()) {
                List<String> cells = new ArrayList<>(List.of(m, groupingName(grouping), row.label()));
                for (Cell c : row.cells()) {
                    cells.addAll(List.of(c.percent() == null ? "" : c.percent(), String.valueOf(c.count()), String.valueOf(c.of())));
                }
                csv.append(line(cells));
            }
            return Response.ok(csv.toString()).type("text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"assessment-" + m + "-" + grouping + ".csv\"").build();
        });
    }

    /** One figure of one group: count ÷ of, and the rate as a percentage with one decimal (null: nothing counted). */
    public record Cell(String figure, long count, long of, String percent) {
    }

    public record Row(String key, String label, List<Cell> cells) {
    }

    record Figures(List<Row> rows, Map<String, Object> definitions, Map<String, Object> chart, Map<String, String> errors,
                   boolean failed) {
    }

    private Uni<Figures> figures(String month, String by) {
        return catalogue.get().chain(cat -> Json.answer(followup.assessment(month, by)).map(r -> {
            if (r.getStatus() != 200) {
                return new Figures(List.of(), Map.of(), Map.of(), json.errors(r.getEntity()), r.getStatus() >= 500 || r.getStatus() == 0);
            }
            List<Row> rows = new ArrayList<>();
            for (JsonNode g : r.getEntity().path("groups")) {
                String key = g.path("key").asText();
                List<Cell> cells = new ArrayList<>();
                for (String figure : FIGURES) {
                    JsonNode f = g.path(figure);
                    Double rate = f.path("rate").isNumber() ? f.path("rate").asDouble() : null;
                    cells.add(new Cell(figure, f.path("count").asLong(), f.path("of").asLong(),
                            rate == null ? null : String.format(java.util.Locale.ROOT, "%.1f", rate * 100)));
                }
                rows.add(new Row(key, label(by, key, cat), cells));
            }
            return new Figures(rows, json.map(r.getEntity().path("definitions")), chart(rows), Map.of(), false);
        }));
    }

    /** What the page's charts draw: the group labels, and per figure its rates in percent (null where nothing was counted). */
    private Map<String, Object> chart(List<Row> rows) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", rows.stream().map(Row::label).toList());
        Map<String, Object> series = new LinkedHashMap<>();
        for (int i = 0; i < FIGURES.size(); i++) {
            int at = i;
            series.put(FIGURES.get(i), rows.stream().map(row -> row.cells().get(at).percent() == null ? null
                    : Double.valueOf(row.cells().get(at).percent())).toList());
        }
        chart.put("series", series);
        return chart;
    }

    @SuppressWarnings("unchecked")
    private String label(String by, String key, Map<String, Object> cat) {
        return switch (by) {
            case "bureau" -> msg.wholeBureau();
            case "district" -> switch (key) {
                case "EAST" -> msg.districtEAST();
                case "WEST" -> msg.districtWEST();
                case "SOUTH" -> msg.districtSOUTH();
                case "NORTH" -> msg.districtNORTH();
                default -> key;
            };
            case "channel" -> switch (key) {
                case "HOTLINE" -> msg.channelHOTLINE();
                case "MAYOR_LINE" -> msg.channelMAYOR_LINE();
                case "BUREAU_LINE" -> msg.channelBUREAU_LINE();
                default -> key;
            };
            case "category" -> String.valueOf(((Map<String, Object>) cat.getOrDefault("categories", Map.of())).getOrDefault(key, key));
            default -> "NONE".equals(key) ? msg.noSquad() : key;
        };
    }

    private String figureName(String figure) {
        return switch (figure) {
            case "response" -> msg.figureResponse();
            case "onTimeResolution" -> msg.figureOnTimeResolution();
            case "onTimeResolutionWithoutExtensions" -> msg.figureOnTimeResolutionWithoutExtensions();
            case "satisfaction" -> msg.figureSatisfaction();
            case "onTimeCallback" -> msg.figureOnTimeCallback();
            default -> msg.figureReopen();
        };
    }

    private String groupingName(String by) {
        return switch (by) {
            case "bureau" -> msg.byBureau();
            case "district" -> msg.byDistrict();
            case "channel" -> msg.byChannel();
            case "category" -> msg.byCategory();
            default -> msg.bySquad();
        };
    }

    /** {@code 2026-11}; this month in the bureau's zone when absent or not a month. */
    private String month(String month) {
        try {
            return YearMonth.parse(month == null ? "" : month.strip()).toString();
        } catch (java.time.format.DateTimeParseException e) {
            return YearMonth.now(zone).toString();
        }
    }

    /** A CSV line (RFC 4180): a cell with a comma, quote or line break is quoted; a leading = + - @ is defused. */
    static String line(List<String> cells) {
        StringBuilder out = new StringBuilder();
        for (String cell : cells) {
            if (!out.isEmpty()) {
                out.append(',');
            }
            String c = cell == null ? "" : cell;
            if (!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0 && !c.matches("-?\\d+(\\.\\d+)?")) {
                c = "'" + c;
            }
            out.append(c.matches(".*[,\"\\r\\n].*") ? '"' + c.replace("\"", "\"\"") + '"' : c);
        }
        return out.append("\r\n").toString();
    }
}
