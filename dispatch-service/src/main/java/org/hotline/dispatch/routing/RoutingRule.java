package org.hotline.dispatch.routing;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/** One line of the routing table: cases of this district (grid cell, category) go to this squad. */
@Entity
@Table(name = "routing_rule")
public class RoutingRule extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String district;
    @Column(name = "grid_cell")
    public String gridCell;
    public String category;
    public String squad;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Whether this rule applies; null grid cell or category means any. */
    public boolean matches(String district, String gridCell, String category) {
        return this.district.equals(district)
                && (this.gridCell == null || this.gridCell.equals(gridCell))
                && (this.category == null || this.category.equals(category));
    }

    /** More specific rules win: a grid cell counts more than a category. */
    public int specificity() {
        return (gridCell == null ? 0 : 2) + (category == null ? 0 : 1);
    }

    public boolean sameKey(String district, String gridCell, String category) {
        return this.district.equals(district) && Objects.equals(this.gridCell, gridCell) && Objects.equals(this.category, category);
    }
}
