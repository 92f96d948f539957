package org.hotline.platform.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * The CloudEvents {@code type} of every event and the topic it travels on. The payload classes are the
 * records in {@link org.hotline.platform.events.contracts}.
 */
public enum EventType {
    CASE_REGISTERED("hotline.case.registered", Topics.INTAKE_CASES),
    CASE_CORRECTED("hotline.case.corrected", Topics.INTAKE_CASES),
    /** Personal data, on an internal topic only. */
    CASE_CONTACT("hotline.case.contact", Topics.INTAKE_CONTACTS),

    DISPATCH_CREATED("hotline.dispatch.created", Topics.DISPATCH_DISPATCHES),
    /** A dispatch sent to another squad (or to the dispatcher's queue): data {@code DispatchCreated}. */
    DISPATCH_REROUTED("hotline.dispatch.rerouted", Topics.DISPATCH_DISPATCHES),
    DISPATCH_ACKNOWLEDGED("hotline.dispatch.acknowledged", Topics.DISPATCH_DISPATCHES),
    DISPATCH_ON_SITE("hotline.dispatch.on-site", Topics.DISPATCH_DISPATCHES),
    DISPATCH_RESOLVED("hotline.dispatch.resolved", Topics.DISPATCH_DISPATCHES),
    /** Data {@code DispatchNoted}. */
    DISPATCH_RETURNED("hotline.dispatch.returned", Topics.DISPATCH_DISPATCHES),
    EXTENSION_REQUESTED("hotline.dispatch.extension-requested", Topics.DISPATCH_DISPATCHES),
    EXTENSION_GRANTED("hotline.dispatch.extension-granted", Topics.DISPATCH_DISPATCHES),
    EXTENSION_REJECTED("hotline.dispatch.extension-rejected", Topics.DISPATCH_DISPATCHES),
    /** Data {@code DeadlineReached}. */
    DEADLINE_WARNING("hotline.dispatch.deadline-warning", Topics.DISPATCH_DISPATCHES),
    DEADLINE_BREACHED("hotline.dispatch.deadline-breached", Topics.DISPATCH_DISPATCHES),
    DEADLINE_ESCALATED("hotline.dispatch.deadline-escalated", Topics.DISPATCH_DISPATCHES),

    CASE_REOPENED("hotline.case.reopened", Topics.FOLLOWUP_CASES),
    CASE_CLOSED("hotline.case.closed", Topics.FOLLOWUP_CASES),
    /** Data {@code CallbackFlagged}. */
    CALLBACK_WARNING("hotline.callback.warning", Topics.FOLLOWUP_CASES),
    CALLBACK_OVERDUE("hotline.callback.overdue", Topics.FOLLOWUP_CASES),
    CALLBACK_ESCALATED("hotline.callback.escalated", Topics.FOLLOWUP_CASES),

    DISCLOSURE_PUBLISHED("hotline.disclosure.published", Topics.DISCLOSURE_OUTCOMES);

    private final String type;
    private final String topic;

    EventType(String type, String topic) {
        this.type = type;
        this.topic = topic;
    }

    /** The CloudEvents {@code type} attribute. */
    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    public static Optional<EventType> of(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }
}
