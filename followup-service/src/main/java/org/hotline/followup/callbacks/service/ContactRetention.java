package org.hotline.followup.callbacks.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.hotline.platform.privacy.PersonalData;

import java.util.List;

/**
 * The caller's contact (name and phone, for the callbacks), deleted once every callback of the case is closed and
 * the last closed long enough ago; the callbacks and their results are kept.
 */
@ApplicationScoped
public class ContactRetention implements PersonalData {
    @Override
    public List<String> erasures() {
        return List.of("""
                delete from caller_contact k
                 where exists (select 1 from callback c where c.case_number = k.case_number)
                   and not exists (select 1 from callback c where c.case_number = k.case_number and c.closed_at is null)
                   and (select max(c.closed_at) from callback c where c.case_number = k.case_number) < ?""");
    }
}
