package org.hotline.platform.metrics;

import java.util.List;

/**
 * A gauge of a service's own domain (open cases, open dispatches, callbacks, the public feed), counted by one SQL
 * query: each row gives the values of {@code tags}, in order, then the count (a null tag value reads
 * {@code NONE}). A {@code :now} parameter, if the query has one, is the clock's instant. A service declares its
 * gauges as CDI beans ({@code @Produces DomainGauge}); {@link DomainGauges} keeps them all current.
 */
public record DomainGauge(String name, String description, List<String> tags, String sql) {
}
