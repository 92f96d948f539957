package org.hotline.notification.site.rest;

import io.quarkus.qute.TemplateData;
import org.hotline.notification.statistics.Statistics;
import org.hotline.platform.figures.Figure;

/** Types of other packages the site's templates read (Qute resolves them without reflection). */
@TemplateData(target = Statistics.class)
@TemplateData(target = Statistics.Group.class)
@TemplateData(target = Figure.class)
final class TemplateTypes {
    private TemplateTypes() {
    }
}
