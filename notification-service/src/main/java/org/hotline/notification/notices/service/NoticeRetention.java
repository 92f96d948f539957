package org.hotline.notification.notices.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.hotline.platform.privacy.PersonalData;

import java.util.List;

/**
 * The complainant's phone (for the outcome notice) and the fingerprint of their name (for the public-text guard),
 * deleted once the case has been closed long enough — the phone once its notice is sent, the fingerprint once no
 * entry of the case waits for an edited summary. The public entry and the counts are kept.
 */
@ApplicationScoped
public class NoticeRetention implements PersonalData {
    @Override
    public List<String> erasures() {
        return List.of("""
                delete from complainant_phone p using public_case c
                 where c.case_number = p.case_number and c.closed_at < ?
                   and not exists (select 1 from outcome_notice n where n.case_number = p.case_number and n.sent_at is null)""",
                """
                delete from caller_name k using public_case c
                 where c.case_number = k.case_number and c.closed_at < ?
                   and not exists (select 1 from held_entry h where h.case_number = k.case_number)""");
    }
}
