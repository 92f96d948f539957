package org.hotline.followup.callbacks;

/** A callback with how to reach the caller (null where the contact is not shown or not known). */
public record CallbackToMake(Callback callback, CallerContactEntity contact) {
}
