package org.hotline.followup.callbacks;

/** What the caller said on the callback (回访结果). */
public enum CallbackResult {
    /** 满意 */ SATISFIED,
    /** 基本满意 */ BASICALLY_SATISFIED,
    /** 不满意: the case is reopened (重办). */ DISSATISFIED,
    /** 联系不上: tried again, up to the configured number of attempts. */ UNREACHABLE
}
