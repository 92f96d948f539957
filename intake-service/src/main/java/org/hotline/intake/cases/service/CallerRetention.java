package org.hotline.intake.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.hotline.platform.privacy.PersonalData;

import java.util.List;

/** The caller's name and phone on a case, erased once the case has been closed long enough (the case is kept). */
@ApplicationScoped
public class CallerRetention implements PersonalData {
    @Override
    public List<String> erasures() {
        return List.of("""
                update hotline_case c set caller_name = null, caller_phone = null
                 where c.status = 'CLOSED' and (c.caller_name is not null or c.caller_phone is not null)
                   and (select max(s.at) from case_step s where s.case_number = c.case_number and s.step = 'CLOSED') < ?""");
    }
}
