package org.hotline.dispatch.routing.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hotline.dispatch.config.DispatchConfig;
import org.hotline.dispatch.routing.RoutingRule;
import org.hotline.platform.config.HotlineConfig;
import org.hotline.platform.problem.ProblemException;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/**
 * Where a case goes: staff-conduct complaints to the discipline office, never to a field squad; others by the
 * most specific routing rule of their district; none: the dispatcher's queue (null squad).
 */
@ApplicationScoped
public class RoutingService {
    private final DispatchConfig config;
    private final HotlineConfig.Catalogue catalogue;
    private final String staffConduct;
    private final Clock clock;

    public RoutingService(DispatchConfig config, HotlineConfig hotline, Clock clock) {
        this.config = config;
        this.catalogue = hotline.catalogue();
        this.staffConduct = catalogue.staffConduct();
        this.clock = clock;
    }

    /** A squad named by a dispatcher: one of the bureau's squads, else a 400 naming the field (nothing may vanish). */
    public void checkSquad(String field, String squad) {
        if (!catalogue.squads().contains(squad)) {
            throw ProblemException.invalid(field, "is not one of the bureau's squads " + catalogue.squads());
        }
    }

    /** The squad for a case, or null when no rule covers it. Runs in the caller's session. */
    public Uni<String> route(String district, String gridCell, String category) {
        if (staffConduct.equals(category)) {
            return Uni.createFrom().item(config.disciplineOffice());
        }
        return RoutingRule.<RoutingRule>list("district", district).map(rules -> rules.stream()
                .filter(r -> r.matches(district, gridCell, category))
                .max(Comparator.comparingInt(RoutingRule::specificity))
                .map(r -> r.squad)
                .orElse(null));
    }

    @WithSession
    public Uni<List<RoutingRule>> rules() {
        return RoutingRule.list("order by district, gridCell nulls first, category nulls first");
    }

    /** Sets the squad for (district, grid cell, category), adding the rule or changing it. */
    @WithTransaction
    public Uni<RoutingRule> put(String district, String gridCell, String category, String squad, String by) {
        if (staffConduct.equals(category)) {
            return Uni.createFrom().failure(ProblemException.invalid("category",
                    "staff-conduct complaints always go to " + config.disciplineOffice()));
        }
        if (!catalogue.districts().contains(district)) {
            return Uni.createFrom().failure(ProblemException.invalid("district", "is not one of " + catalogue.districts()));
        }
        if (category != null && !catalogue.categoryCodes().contains(category)) {
            return Uni.createFrom().failure(ProblemException.invalid("category", "is not one of " + catalogue.categoryCodes()));
        }
        if (!catalogue.squads().contains(squad) || config.disciplineOffice().equals(squad)) {
            return Uni.createFrom().failure(ProblemException.invalid("squad", "is not one of the bureau's field squads "
                    + catalogue.squads().stream().filter(q -> !q.equals(config.disciplineOffice())).toList()));
        }
        return RoutingRule.<RoutingRule>list("district", district).chain(rules -> {
            RoutingRule rule = rules.stream().filter(r -> r.sameKey(district, gridCell, category)).findFirst()
                    .orElseGet(RoutingRule::new);
            rule.district = district;
            rule.gridCell = gridCell;
            rule.category = category;
            rule.squad = squad;
            rule.updatedBy = by;
            rule.updatedAt = clock.instant();
            return rule.persist();
        });
    }

    @WithTransaction
    public Uni<Void> delete(long id) {
        return RoutingRule.deleteById(id).invoke(deleted -> {
            if (!deleted) {
                throw ProblemException.notFound("no routing rule " + id);
            }
        }).replaceWithVoid();
    }
}
