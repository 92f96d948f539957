package org.hotline.platform.privacy;

import java.util.List;

/**
 * Where a service keeps callers' personal data (names, phones), and how to erase it once a case has been closed for
 * longer than {@code hotline.retention.personal-data}: SQL statements with one parameter, the instant before which a
 * closure is old enough. Each erases what is old enough and not yet erased, so running them again changes nothing.
 */
public interface PersonalData {
    List<String> erasures();
}
